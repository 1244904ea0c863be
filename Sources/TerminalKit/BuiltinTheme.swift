// The built-in copy of themes/default.toml (a test checks that they are identical).
// After editing themes/default.toml, paste its contents between the delimiters below,
// keeping the empty line before the closing delimiter (the file ends in a newline).

extension Theme {
    /// The text of `themes/default.toml`, compiled in.
    public static let builtinDefaultSource: String = #"""
# Wijkteam theme "default": for a dark terminal background.
#
# Styles are by meaning (a role), not by widget: "load.over" is an overloaded caseload
# wherever it appears. Colours: a basic name (black red green yellow blue magenta cyan white),
# bright-<name>, "default" (the terminal's own colour), a number 0-255, "#rrggbb", or a name
# from [palette]. Modifiers: bold, reverse, underline, dim. On 8-colour terminals 256-colour
# numbers are mapped to the nearest basic colour.
#
# [mono] says how each role looks without colour (NO_COLOR, monochrome terminals): attributes
# only, chosen so selection, flags and load levels stay distinguishable.

name = "default"
description = "Dark background"

[palette]
amber = 214
slate = 245
sky = 75
orchid = 170

[styles]
"normal" = { fg = "default", bg = "default" }
"title" = { fg = "cyan", modifiers = ["bold"] }
"muted" = { fg = "slate" }
"status" = { fg = "black", bg = "white" }
"status.accent" = { fg = "blue", bg = "white", modifiers = ["bold"] }
"selection" = { fg = "black", bg = "cyan" }
"border" = { fg = "slate" }
"header" = { fg = "white", modifiers = ["bold"] }
"tab" = { fg = "slate" }
"tab.active" = { fg = "black", bg = "cyan", modifiers = ["bold"] }
"key" = { fg = "amber", modifiers = ["bold"] }
"unassigned" = { fg = "orchid", modifiers = ["bold"] }
"load.ok" = { fg = "green" }
"load.high" = { fg = "amber" }
"load.over" = { fg = "red", modifiers = ["bold"] }
"flag.safety" = { fg = "white", bg = "red", modifiers = ["bold"] }
"flag.preventive" = { fg = "sky", modifiers = ["bold"] }
"flag.outreaching" = { fg = "orchid", modifiers = ["bold"] }
"flag.discussion" = { fg = "yellow", modifiers = ["bold"] }
"tie.strong" = { fg = "green", modifiers = ["bold"] }
"tie.normal" = { fg = "default" }
"tie.weak" = { fg = "slate" }
"tie.stressful" = { fg = "red", modifiers = ["underline"] }
"tie.broken" = { fg = "slate", modifiers = ["dim"] }
"overdue" = { fg = "red", modifiers = ["bold"] }
"warning" = { fg = "amber", modifiers = ["bold"] }
"error" = { fg = "red", modifiers = ["bold"] }
"success" = { fg = "green" }
"input" = { fg = "default", modifiers = ["underline"] }

[mono]
"normal" = []
"title" = ["bold"]
"muted" = ["dim"]
"status" = ["reverse"]
"status.accent" = ["reverse", "bold"]
"selection" = ["reverse"]
"border" = []
"header" = ["bold"]
"tab" = []
"tab.active" = ["reverse", "bold"]
"key" = ["bold"]
"unassigned" = ["bold"]
"load.ok" = []
"load.high" = ["bold"]
"load.over" = ["bold", "underline"]
"flag.safety" = ["bold", "underline"]
"flag.preventive" = ["bold"]
"flag.outreaching" = ["bold"]
"flag.discussion" = ["bold"]
"tie.strong" = ["bold"]
"tie.normal" = []
"tie.weak" = ["dim"]
"tie.stressful" = ["underline"]
"tie.broken" = ["dim"]
"overdue" = ["bold", "underline"]
"warning" = ["bold"]
"error" = ["bold"]
"success" = []
"input" = ["underline"]

"""#
}
