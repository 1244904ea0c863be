import Foundation

/// The few words the widgets write themselves ("↓ 3 more" under a list that goes on). The app
/// sets them once from its string table, so they follow its language; English until then.
public enum WidgetText {
    /// The hint that `n` more items or lines follow below.
    public static var more: @Sendable (Int) -> String {
        get { lock.withLock { moreText } }
        set { lock.withLock { moreText = newValue } }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var moreText: @Sendable (Int) -> String = { "↓ \($0) more" }
}
