import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `mallopt` and `malloc_trim` are not in Swift's Glibc module (malloc.h), so they are looked up
/// by name and called with the C convention.
enum Memory {
    /// One malloc arena for every thread. The board is read on two threads and used on a third;
    /// glibc gives each its own arena, and each kept the memory freed in it (about 3 MB on a
    /// city, a tenth of what the app holds). The reading threads take turns at its lock: two
    /// arenas made the first frame about 5 ms sooner, but the session's peak 1.5–3 MB higher
    /// (over its budget in two full runs of two, with the trim below), so one it stays.
    static func oneArena() {
        #if canImport(Glibc)
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        _ = cFunction("mallopt", as: (@convention(c) (Int32, Int32) -> Int32).self)?(arenaMax, 1)
        #endif
    }

    /// Hands the memory freed in every arena back to the system (`malloc_trim(0)`): once the
    /// screens' first load is whole, the outline and the reads' scratch are garbage, and the
    /// session's peak is reached later (the meeting's trend) on top of what stays.
    static func releaseFreed() {
        #if canImport(Glibc)
        _ = cFunction("malloc_trim", as: (@convention(c) (Int) -> Int32).self)?(0)
        #endif
    }

    #if canImport(Glibc)
    /// The C library's function `name` (RTLD_DEFAULT: wherever the process has it), nil if none.
    private static func cFunction<F>(_ name: String, as type: F.Type) -> F? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: type) }
    }
    #endif
}
