import Foundation

/// The themes in a folder (`themes/*.toml`), for `wijkteam themes` and `--theme NAME`.
public struct ThemeCatalog: Sendable {
    /// Every `*.toml` in `dir`, sorted by name: the file's name without ".toml", the theme's
    /// description, and the error if the file does not parse. Empty if the folder is missing.
    public static func list(in dir: URL) -> [(name: String, description: String, error: ThemeError?)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.sorted().map { fileName in
            let name = String(fileName.dropLast(5))
            do {
                let theme = try Theme.load(contentsOf: dir.appendingPathComponent(fileName))
                return (name, theme.description, nil)
            } catch let e as ThemeError {
                return (name, "", e)
            } catch {
                return (name, "", ThemeError(file: fileName, line: nil, key: nil, message: "\(error)"))
            }
        }
    }

    /// The theme called `name` (the file `dir/name.toml`; a name containing "/" or ending in
    /// ".toml" is taken as a path). Falls back to the built-in default with a warning when the
    /// file is missing or malformed; "default" without a file is the built-in default, no
    /// warning.
    public static func resolve(name: String, in dir: URL) -> (Theme, warning: ThemeError?) {
        let isPath = name.contains("/") || name.hasSuffix(".toml")
        let url = isPath ? URL(fileURLWithPath: name) : dir.appendingPathComponent(name + ".toml")
        let file = isPath ? name : url.relativePath
        guard FileManager.default.fileExists(atPath: url.path) else {
            if name == "default" { return (Theme.builtinDefault, nil) }
            let available = list(in: dir).map(\.name)
            var message = "no such theme \"\(name)\""
            if !available.isEmpty { message += " (available: \(available.joined(separator: ", ")))" }
            message += "; using the built-in default"
            return (Theme.builtinDefault, ThemeError(file: file, line: nil, key: nil, message: message))
        }
        do {
            return (try Theme.load(contentsOf: url), nil)
        } catch let e as ThemeError {
            return (Theme.builtinDefault, e)
        } catch {
            return (Theme.builtinDefault,
                    ThemeError(file: file, line: nil, key: nil, message: "\(error)"))
        }
    }
}
