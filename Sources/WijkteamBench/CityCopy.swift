import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The copies of the city that a measurement writes to (so that every run starts from the same city).
enum CityCopy {
    /// Copies the city's file and its -wal to `copy`, on the disk before it returns. A copy left
    /// in the page cache is written back over the following seconds (more than half a gigabyte at
    /// 100,000 households), and each fsync of the measured writes waited behind it: at 100,000
    /// households a third of the registrations took 10 ms in the store in one run, and none did
    /// in a run slowed down (under `perf`) until the copy was on the disk.
    static func make(from city: String, to copy: String) throws {
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: city + suffix) {
            try FileManager.default.copyItem(atPath: city + suffix, toPath: copy + suffix)
            let fd = open(copy + suffix, O_RDONLY)
            guard fd >= 0 else { throw BenchError("cannot open the copy \(copy + suffix): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            guard fsync(fd) == 0 else {
                throw BenchError("cannot write the copy \(copy + suffix) to the disk: \(String(cString: strerror(errno)))")
            }
        }
    }
}
