import Testing
@testable import TerminalKit

@Suite("Keys")
struct KeyTests {
    static let all: [Key] = [
        .char("a"), .char("A"), .char("?"), .char("/"), .char(":"), .char(" "), .char("é"),
        .ctrl("c"), .ctrl("x"), .enter, .escape, .backspace, .delete, .tab, .backTab,
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .function(1), .function(12), .resize,
    ]

    @Test func displayNames() {
        #expect(Key.char("a").displayName == "a")
        #expect(Key.char("A").displayName == "A")
        #expect(Key.char(" ").displayName == "Space")
        #expect(Key.ctrl("c").displayName == "Ctrl-C")
        #expect(Key.enter.displayName == "Enter")
        #expect(Key.escape.displayName == "Esc")
        #expect(Key.backspace.displayName == "Backspace")
        #expect(Key.delete.displayName == "Del")
        #expect(Key.tab.displayName == "Tab")
        #expect(Key.backTab.displayName == "Shift-Tab")
        #expect(Key.up.displayName == "↑")
        #expect(Key.down.displayName == "↓")
        #expect(Key.left.displayName == "←")
        #expect(Key.right.displayName == "→")
        #expect(Key.home.displayName == "Home")
        #expect(Key.end.displayName == "End")
        #expect(Key.pageUp.displayName == "PgUp")
        #expect(Key.pageDown.displayName == "PgDn")
        #expect(Key.function(1).displayName == "F1")
    }

    @Test(arguments: KeyTests.all)
    func roundTrip(_ key: Key) {
        #expect(Key(name: key.displayName) == key)
    }

    @Test func aliases() {
        #expect(Key(name: "Up") == .up)
        #expect(Key(name: "down") == .down)
        #expect(Key(name: "Left") == .left)
        #expect(Key(name: "Right") == .right)
        #expect(Key(name: "Ctrl-x") == .ctrl("x"))
        #expect(Key(name: "ctrl-X") == .ctrl("x"))
        #expect(Key(name: "^C") == .ctrl("c"))
        #expect(Key(name: "Return") == .enter)
        #expect(Key(name: "Escape") == .escape)
        #expect(Key(name: "PageDown") == .pageDown)
        #expect(Key(name: "space") == .char(" "))
        #expect(Key(name: "f5") == .function(5))
    }

    @Test func unknownNames() {
        #expect(Key(name: "") == nil)
        #expect(Key(name: "Hyper-Q") == nil)
        #expect(Key(name: "F0") == nil)
        #expect(Key(name: "Ctrl-") == nil)
        #expect(Key(name: "Ctrl-ab") == nil)
        #expect(Key(name: "\u{7}") == nil)
        #expect(Key(name: "qq") == nil)
    }

    @Test func ctrlComparesCaseInsensitively() {
        #expect(Key.ctrl("c") == Key.ctrl("C"))
        #expect(Set([Key.ctrl("c"), Key.ctrl("C")]).count == 1)
        #expect(Key.char("a") != Key.char("A"))
        #expect(Key.char("a") != Key.ctrl("a"))
        #expect(Key.function(1) != Key.function(2))
    }
}
