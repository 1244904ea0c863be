import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `mallopt` and `malloc_trim` are not in Swift's Glibc module (malloc.h), so they are looked up
/// by name and called with the C convention.
enum Memory {
    /// Two malloc arenas. The board is read on two threads and used on a third. With glibc's
    /// default each got an arena of its own, and each kept the memory freed in it (about 3 MB on
    /// a city, a tenth of what the app holds); with one arena for all, the two reading threads
    /// took turns at its lock, which was about 5 ms of the first frame. With two, the readers
    /// mostly hold one each, and what the second keeps is handed back after the first load
    /// (`releaseFreed`).
    static func twoArenas() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }  // RTLD_DEFAULT
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 2)
        #endif
    }

    /// Hands the memory freed in every arena back to the system (`malloc_trim(0)`): once the
    /// screens' first load is whole, the outline and the reads' scratch are garbage, and the
    /// session's peak is reached later (the meeting's trend) on top of what stays.
    static func releaseFreed() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
