import Crypto
import Foundation
import Wijkteam

/// The privacy officer's sealing key on disk: the private half in a 0600 file in a 0700 folder
/// of their own home (never in the database), the public half beside it (`.pub`) and in the
/// database. Lines starting with `#` are comments; the key is one line `private: <base64>`
/// or `public: <base64>` (a bare base64 line is a public key, as copied from paper).
public enum AuditSealKeyFile {
    /// `$XDG_CONFIG_HOME/wijkteam/audit-seal.key`, else `~/.config/wijkteam/audit-seal.key`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/wijkteam/audit-seal.key" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/wijkteam/audit-seal.key"
    }

    public struct Created: Sendable {
        public var path: String
        public var publicPath: String
        public var publicKey: String
        public var keyID: String
    }

    /// A new Ed25519 pair. Never overwrites: a sealing key in use that is lost or replaced
    /// leaves the seals it made unverifiable by the officer's copy.
    public static func create(at path: String) throws -> Created {
        let publicPath = path + ".pub"
        for p in [path, publicPath] where entryExists(p) {
            throw WijkteamError.invalid(tr("store.sealkey.exists", p))
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            chmod(folder, 0o700)
        }
        let key = Curve25519.Signing.PrivateKey()
        let publicKey = key.publicKey.rawRepresentation.base64EncodedString()
        let id = AuditSealRows.keyID(raw: key.publicKey.rawRepresentation)
        try write(
            path, mode: 0o600,
            """
            # wijkteam audit sealing key (Ed25519), PRIVATE: keep it 0600 in your home, never in the database.
            # Key id \(id); the public half is in \((publicPath as NSString).lastPathComponent).
            private: \(key.rawRepresentation.base64EncodedString())

            """)
        try write(publicPath, mode: 0o644, "# wijkteam audit sealing key, public half (key id \(id))\npublic: \(publicKey)\n")
        return Created(path: path, publicPath: publicPath, publicKey: publicKey, keyID: id)
    }

    /// The private key as a signer, refused when it is missing, unreadable, readable by others
    /// or not a private sealing key.
    public static func signer(at path: String) throws -> AuditSigner {
        var st = stat()
        guard stat(path, &st) == 0 else { throw WijkteamError.invalid(tr("store.sealkey.missing", path)) }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw WijkteamError.invalid(tr("store.sealkey.unreadable", path, tr("store.sealkey.not_file")))
        }
        let (line, value) = try keyLine(path, kind: "private")
        // Checked by hand: as root the kernel would let anyone's key be read.
        guard st.st_mode & 0o077 == 0 else {
            throw WijkteamError.invalid(tr("store.sealkey.open", path, String(st.st_mode & 0o777, radix: 8)))
        }
        guard st.st_uid == geteuid() else { throw WijkteamError.invalid(tr("store.sealkey.owner", path)) }
        guard let raw = Data(base64Encoded: value), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw WijkteamError.invalid(tr("store.sealkey.malformed", "\(path):\(line)", tr("store.sealkey.not_key")))
        }
        // The raw bytes travel (Sendable), the key is made again to sign.
        return AuditSigner(publicKey: key.publicKey.rawRepresentation.base64EncodedString()) { message in
            try Curve25519.Signing.PrivateKey(rawRepresentation: raw).signature(for: Data(message.utf8)).base64EncodedString()
        }
    }

    /// A public key (base64) from a `.pub` file or a file holding the bare key.
    public static func publicKey(at path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw WijkteamError.invalid(tr("store.sealkey.missing", path)) }
        let (line, value) = try keyLine(path, kind: "public")
        guard AuditSealRows.keyID(publicKey: value) != nil else {
            throw WijkteamError.invalid(tr("store.sealkey.malformed", "\(path):\(line)", tr("store.sealkey.not_key")))
        }
        return value
    }

    /// The one key line of a file, and its line number; a key of the other kind is refused.
    static func keyLine(_ path: String, kind: String) throws -> (Int, String) {
        let text: String
        do {
            text = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        } catch {
            throw WijkteamError.invalid(tr("store.sealkey.unreadable", path, (error as NSError).localizedDescription))
        }
        var found: (Int, String)?
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let other = kind == "private" ? "public" : "private"
            if line.hasPrefix(other + ":") {
                let why = other == "public" ? tr("store.sealkey.public") : tr("store.sealkey.private")
                throw WijkteamError.invalid(tr("store.sealkey.malformed", "\(path):\(i + 1)", why))
            }
            let value =
                line.hasPrefix(kind + ":")
                ? String(line.dropFirst(kind.count + 1)).trimmingCharacters(in: .whitespaces)
                : kind == "public" ? line : ""
            guard found == nil, !value.isEmpty else {
                throw WijkteamError.invalid(tr("store.sealkey.malformed", "\(path):\(i + 1)", tr("store.sealkey.not_key")))
            }
            found = (i + 1, value)
        }
        guard let found else { throw WijkteamError.invalid(tr("store.sealkey.malformed", path, tr("store.sealkey.empty"))) }
        return found
    }

    /// Anything at `path`, a dangling symlink included.
    static func entryExists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Created, never replaced (O_EXCL, no symlink followed), with exactly `mode`.
    static func write(_ path: String, mode: mode_t, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw WijkteamError.invalid(tr("store.sealkey.write", path, String(cString: strerror(errno)))) }
        defer { close(fd) }
        fchmod(fd, mode)
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Foundation.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw WijkteamError.invalid(tr("store.sealkey.write", path, String(cString: strerror(errno))))
        }
    }
}
