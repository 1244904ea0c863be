import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum Memory {
    /// One malloc arena for every thread. The board is read on two threads and used on a third;
    /// glibc gives each its own arena, and each kept the memory freed in it (about 3 MB on a
    /// city, a tenth of what the app holds). `mallopt` is not in Swift's Glibc module (malloc.h),
    /// so it is looked up by name and called with the C convention.
    static func oneArena() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }  // RTLD_DEFAULT
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
        #endif
    }
}
