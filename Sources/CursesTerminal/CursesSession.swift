import CCursesShim
import CNcursesw
import Foundation
import TerminalKit

public enum ColorMode: Equatable, Sendable {
    /// Colours as the terminal offers them, unless NO_COLOR is set.
    case automatic
    /// Attributes only (bold, reverse, underline).
    case none
}

/// The curses session: the only place in the program that talks to curses.
/// Order per ARCHITECTURE.md ("Curses"): locale, signal handlers, initscr, modes, colours.
public final class CursesSession: Terminal {
    public private(set) var size: Size
    public private(set) var colors: Int
    private var theme: Theme
    private var pairs: [PairKey: Int32] = [:]
    private var resolved: [Style: (attrs: UInt32, pair: Int32)] = [:]
    private var ended = false
    private let inputTimeoutMS: Int32
    /// The input timeout curses has now (`nextEvent(timeoutMS:)` changes it when asked).
    private var currentTimeoutMS: Int32

    private struct PairKey: Hashable { var fg: Int; var bg: Int }

    /// `errorLog`: where standard error goes while the screens are up (see `wk_redirect_stderr`).
    public init(theme: Theme, colorMode: ColorMode = .automatic, inputTimeoutMS: Int32 = 100, errorLog: String? = nil) throws {
        CursesSession.prepareLocale()
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw TerminalError("the screens need a terminal; use a subcommand (e.g. 'wijkteam board') in scripts")
        }
        wk_install_handlers()
        if let errorLog { _ = wk_redirect_stderr(errorLog) }
        guard wk_start_screen() == OK else {
            wk_restore_stderr()
            throw TerminalError("cannot start the terminal: TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "unset") is not known here (try TERM=xterm-256color)")
        }
        cbreak()
        noecho()
        nonl()
        // Ctrl-S saves a form: take it (and Ctrl-Q) back from terminal flow control, as editors do.
        var modes = termios()
        if tcgetattr(STDIN_FILENO, &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON)
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &modes)
            def_prog_mode()
        }
        keypad(wk_stdscr(), true)
        // Long enough that an escape sequence split by a slow ssh link is still one key.
        set_escdelay(100)
        timeout(inputTimeoutMS)
        self.inputTimeoutMS = inputTimeoutMS
        self.currentTimeoutMS = inputTimeoutMS
        curs_set(0)
        self.theme = theme
        self.size = Size(width: Int(wk_cols()), height: Int(wk_lines()))
        let noColorEnv = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if colorMode == .none || noColorEnv || !has_colors() {
            colors = 0
        } else {
            start_color()
            use_default_colors()
            colors = Int(wk_colors()) >= 256 ? 256 : (Int(wk_colors()) >= 16 ? 16 : 8)
        }
    }

    deinit { end() }

    /// UTF-8 is required for diacritics; fall back to C.UTF-8 when the locale is not.
    static func prepareLocale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: wk_codeset())
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    public func setTheme(_ theme: Theme) {
        self.theme = theme
        resolved.removeAll()
        drawn = nil  // the same cells now look different
    }

    /// Repaints everything on the next draw (after something else wrote on the terminal).
    public func repaintAll() {
        clearok(wk_stdscr(), true)
    }

    /// Restores the terminal. Safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        curs_set(1)
        endwin()
        wk_restore_stderr()
    }

    /// Waits up to the input timeout for one event.
    public func nextEvent() -> TerminalEvent { nextEvent(timeoutMS: Int(inputTimeoutMS)) }

    /// Waits up to `timeoutMS` for one event.
    public func nextEvent(timeoutMS: Int) -> TerminalEvent {
        let wanted = Int32(clamping: max(0, timeoutMS))
        if wanted != currentTimeoutMS { timeout(wanted); currentTimeoutMS = wanted }
        if let code = pendingShutdown() { return .shutdown(exitCode: code) }
        var ch: UInt32 = 0
        let r = wk_get_key(&ch)
        if let code = pendingShutdown() { return .shutdown(exitCode: code) }
        if r == ERR {
            // A closed terminal makes every read fail at once: treat it as a hang-up, not a loop.
            if wk_terminal_gone() != 0 { return .shutdown(exitCode: 129) }
            return .idle
        }
        if r == WK_KEY_CODE_YES {
            let code = Int32(ch)
            if code == WK_KEY_RESIZE {
                size = Size(width: Int(wk_cols()), height: Int(wk_lines()))
                drawn = nil  // curses may have cleared or moved what was on screen
                return .resize(size)
            }
            return CursesSession.key(forCode: code).map(TerminalEvent.key) ?? .idle
        }
        if ch == 27 { return escapeSequence() }
        return CursesSession.key(forCharacter: ch).map(TerminalEvent.key) ?? .idle
    }

    /// An ESC that curses did not turn into a key: either Esc itself, or the rest of a sequence
    /// from a terminal whose TERM describes other keys (e.g. Home as ESC [ 1 ~ under TERM=xterm).
    /// Known sequences become their key; unknown ones are dropped whole, never read as Esc plus
    /// letters that happen to be commands.
    private func escapeSequence() -> TerminalEvent {
        timeout(50)
        defer { timeout(currentTimeoutMS) }
        var next: UInt32 = 0
        guard wk_get_key(&next) == OK else { return .key(.escape) }
        guard next == UInt32(UInt8(ascii: "[")) || next == UInt32(UInt8(ascii: "O")) else {
            // Alt+key arrives as ESC then the key: keep the key for the next read.
            unget_wch(wchar_t(bitPattern: next))
            return .key(.escape)
        }
        var body = String(UnicodeScalar(UInt8(next)))
        for _ in 0..<8 {
            var c: UInt32 = 0
            guard wk_get_key(&c) == OK, let scalar = UnicodeScalar(c) else { break }
            body.unicodeScalars.append(scalar)
            if (0x40...0x7E).contains(c) && body.count > 1 { break }
        }
        return CursesSession.escapeKeys[body].map(TerminalEvent.key) ?? .idle
    }

    static let escapeKeys: [String: Key] = [
        "[A": .up, "OA": .up, "[B": .down, "OB": .down, "[C": .right, "OC": .right, "[D": .left, "OD": .left,
        "[1~": .home, "[7~": .home, "[H": .home, "OH": .home, "[4~": .end, "[8~": .end, "[F": .end, "OF": .end,
        "[5~": .pageUp, "[6~": .pageDown, "[3~": .delete, "[Z": .backTab,
        "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4), "[11~": .function(1),
    ]

    private func pendingShutdown() -> Int32? {
        let sig = wk_pending_signal()
        return sig == 0 ? nil : 128 + sig
    }

    static func key(forCode code: Int32) -> Key? {
        switch code {
        case WK_KEY_UP: .up
        case WK_KEY_DOWN: .down
        case WK_KEY_LEFT: .left
        case WK_KEY_RIGHT: .right
        case WK_KEY_HOME: .home
        case WK_KEY_END: .end
        case WK_KEY_NPAGE: .pageDown
        case WK_KEY_PPAGE: .pageUp
        case WK_KEY_DC: .delete
        case WK_KEY_BACKSPACE: .backspace
        case WK_KEY_ENTER: .enter
        case WK_KEY_BTAB: .backTab
        case WK_KEY_F0 + 1 ... WK_KEY_F0 + 24: .function(Int(code - WK_KEY_F0))
        default: nil
        }
    }

    static func key(forCharacter ch: UInt32) -> Key? {
        switch ch {
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26: return .ctrl(Character(UnicodeScalar(ch + 96)!))
        default:
            guard let scalar = UnicodeScalar(ch), ch >= 32 else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Copies a grid to the screen: every cell, then one doupdate. Curses sends only what changed.
    /// The cursor is left on `grid.cursor` (the selected item), or in the top left corner.
    public func draw(_ grid: Grid) {
        let w = min(grid.width, size.width), h = min(grid.height, size.height)
        var buffer: [wchar_t] = []
        buffer.reserveCapacity(8)
        // Cells equal to what was drawn last time are already in curses' screen: a move of the
        // selection hands curses a few dozen cells, not 7,680.
        let previous = drawn.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        // Neighbouring cells mostly share a style: look it up once per run.
        var runStyle: Style?
        var runLook: (UInt32, Int32) = (0, 0)
        for y in 0..<h {
            for x in 0..<w {
                let cell = grid[x, y]
                if cell.grapheme.isEmpty { continue } // right half of a wide character
                if let previous, previous[x, y] == cell { continue }
                if cell.style != runStyle { runStyle = cell.style; runLook = look(cell.style) }
                let (attrs, pair) = runLook
                let scalars = cell.grapheme.unicodeScalars
                if scalars.count == 1, let v = scalars.first?.value, v >= 32, v < 0x7F {
                    buffer.removeAll(keepingCapacity: true)
                    buffer.append(wchar_t(bitPattern: v))
                    buffer.append(0)
                    _ = wk_put(Int32(y), Int32(x), buffer, attrs, pair)
                    continue
                }
                for (i, part) in handOver(cell.grapheme, width: cell.width).enumerated() where x + i < w {
                    buffer.removeAll(keepingCapacity: true)
                    for v in part { buffer.append(wchar_t(bitPattern: v)) }
                    buffer.append(0)
                    _ = wk_put(Int32(y), Int32(x + i), buffer, attrs, pair)
                }
            }
        }
        if let c = grid.cursor, c.x >= 0, c.y >= 0, c.x < w, c.y < h {
            wmove(wk_stdscr(), Int32(c.y), Int32(c.x))
        } else {
            wmove(wk_stdscr(), 0, 0)
        }
        wnoutrefresh(wk_stdscr())
        doupdate()
        drawn = grid
    }

    /// What curses gets for a cluster (see `TerminalCellText`), remembered per cluster.
    private var handedOver: [String: [[UInt32]]] = [:]

    private func handOver(_ grapheme: String, width: Int) -> [[UInt32]] {
        if let hit = handedOver[grapheme] { return hit }
        let cells = TerminalCellText.cells(for: grapheme, width: max(1, width)) { Int(wk_wcwidth($0)) }
        if handedOver.count < 4_096 { handedOver[grapheme] = cells }
        return cells
    }

    /// The grid last handed to curses; nil when the next draw must hand over every cell.
    private var drawn: Grid?

    private func look(_ style: Style) -> (UInt32, Int32) {
        if let hit = resolved[style] { return hit }
        let r = theme.resolve(style, colors: colors)
        var attrs: UInt32 = 0
        if r.attributes.contains(.bold) { attrs |= WK_A_BOLD }
        if r.attributes.contains(.reverse) { attrs |= WK_A_REVERSE }
        if r.attributes.contains(.underline) { attrs |= WK_A_UNDERLINE }
        if r.attributes.contains(.dim) { attrs |= WK_A_DIM }
        let pair = colors == 0 ? 0 : pairNumber(fg: r.fg.index, bg: r.bg.index)
        resolved[style] = (attrs, pair)
        return (attrs, pair)
    }

    /// Colour pairs are made on demand and shared by every style with the same colours.
    private func pairNumber(fg: Int, bg: Int) -> Int32 {
        if fg < 0 && bg < 0 { return 0 }
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return p }
        let next = Int32(pairs.count + 1)
        guard next < min(wk_color_pairs(), 32767) else { return 0 }
        guard wk_init_pair(next, Int32(fg), Int32(bg)) != ERR else { return 0 }
        pairs[key] = next
        return next
    }
}

public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
