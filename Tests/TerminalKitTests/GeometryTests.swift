import Testing
@testable import TerminalKit

@Suite("Rect arithmetic is saturating")
struct GeometryTests {
    let r = Rect(x: 2, y: 3, width: 10, height: 6)

    @Test func negativeSizesClampToZero() {
        let n = Rect(x: 1, y: 1, width: -5, height: -1)
        #expect(n.width == 0 && n.height == 0 && n.isEmpty)
        #expect(Size(width: -3, height: 4) == Size(width: 0, height: 4))
        var m = Rect(x: 0, y: 0, width: 3, height: 3)
        m.width -= 10
        #expect(m.width == 0)
    }

    @Test func edges() {
        #expect(r.maxX == 12 && r.maxY == 9)
        #expect(!r.isEmpty)
        #expect(Rect(x: 0, y: 0, width: 0, height: 5).isEmpty)
        #expect(r.contains(Point(x: 2, y: 3)))
        #expect(r.contains(Point(x: 11, y: 8)))
        #expect(!r.contains(Point(x: 12, y: 8)))
        #expect(!r.contains(Point(x: 1, y: 3)))
        #expect(!Rect.zero.contains(.zero))
    }

    @Test func inset() {
        #expect(r.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 4))
        #expect(r.inset(by: 3) == Rect(x: 5, y: 6, width: 4, height: 0))
        #expect(r.inset(by: 100).width == 0)
        #expect(r.inset(by: 100).height == 0)
        #expect(r.inset(by: 100).x <= r.maxX)
        #expect(r.inset(top: 1, left: 2, bottom: 0, right: 3) == Rect(x: 4, y: 4, width: 5, height: 5))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1) == Rect(x: 1, y: 1, width: 0, height: 0))
    }

    @Test func splits() {
        let (top, rest) = r.splitTop(2)
        #expect(top == Rect(x: 2, y: 3, width: 10, height: 2))
        #expect(rest == Rect(x: 2, y: 5, width: 10, height: 4))
        let (above, bottom) = r.splitBottom(1)
        #expect(above == Rect(x: 2, y: 3, width: 10, height: 5))
        #expect(bottom == Rect(x: 2, y: 8, width: 10, height: 1))
        let (left, right) = r.splitLeft(4)
        #expect(left == Rect(x: 2, y: 3, width: 4, height: 6))
        #expect(right == Rect(x: 6, y: 3, width: 6, height: 6))
        // Saturating.
        #expect(r.splitTop(50).top == r)
        #expect(r.splitTop(50).rest.height == 0)
        #expect(r.splitTop(-2).top.height == 0)
        #expect(r.splitBottom(99).bottom == r)
        #expect(r.splitLeft(99).rest.width == 0)
        #expect(r.splitRight(3).right == Rect(x: 9, y: 3, width: 3, height: 6))
        #expect(Rect.zero.splitTop(1).top == .zero)
    }

    @Test func columns() {
        let cols = Rect(x: 0, y: 0, width: 80, height: 24).columns(3, gap: 1)
        #expect(cols.map(\.width) == [26, 26, 26])
        #expect(cols.map(\.x) == [0, 27, 54])
        let uneven = Rect(x: 5, y: 0, width: 11, height: 2).columns(3, gap: 0)
        #expect(uneven.map(\.width) == [4, 4, 3])
        #expect(uneven.map(\.x) == [5, 9, 13])
        #expect(uneven.last!.maxX == 16)
        #expect(r.columns(0, gap: 1).isEmpty)
        let tiny = Rect(x: 0, y: 0, width: 3, height: 1).columns(4, gap: 2)
        #expect(tiny.count == 4)
        #expect(tiny.allSatisfy { $0.width >= 0 && $0.maxX <= 3 })
        let rows = Rect(x: 0, y: 0, width: 10, height: 10).rows(3, gap: 1)
        #expect(rows.map(\.y) == [0, 4, 8])
        #expect(rows.map(\.height) == [3, 3, 2])
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.intersection(Rect(x: 20, y: 20, width: 5, height: 5)).isEmpty)
        #expect(a.intersection(a) == a)
    }

    @Test func centered() {
        let a = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(a.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(a.centered(width: 100, height: 100) == a)
    }
}
