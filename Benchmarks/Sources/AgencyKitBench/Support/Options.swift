/// `--name value`, `--name=value` and bare `--flag` options, parsed by hand (no package
/// dependency). Numbers accept `_`, `k` and `M` suffixes: `100k`, `1M`, `1_000_000`.
struct Options {
    private var values: [String: String] = [:]

    init(_ arguments: ArraySlice<String>) throws {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw BenchError("unexpected argument \"\(argument)\" (options look like --name value)")
            }
            let body = argument.dropFirst(2)
            if let equals = body.firstIndex(of: "=") {
                values[String(body[..<equals])] = String(body[body.index(after: equals)...])
            } else if let next = remaining.first, !next.hasPrefix("--") {
                values[String(body)] = next
                remaining.removeFirst()
            } else {
                values[String(body)] = ""
            }
        }
    }

    /// Refuses options the command does not know (a typo must not silently run the
    /// default configuration).
    func check(known: [String]) throws {
        let names = Set(known.map { String($0.split(separator: " ").first?.dropFirst(2) ?? "") })
        for name in values.keys where !names.contains(name) {
            throw BenchError("unknown option --\(name); known: \(names.sorted().map { "--\($0)" }.joined(separator: ", "))")
        }
    }

    func string(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    func flag(_ name: String) -> Bool { values[name] != nil }

    func int(_ name: String, default fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        var digits = text.replacingOccurrences(of: "_", with: "")
        var scale = 1
        if digits.hasSuffix("k") || digits.hasSuffix("K") {
            scale = 1_000
            digits.removeLast()
        } else if digits.hasSuffix("M") || digits.hasSuffix("m") {
            scale = 1_000_000
            digits.removeLast()
        }
        guard let value = Int(digits), value >= 0 else { throw BenchError("--\(name) needs a whole number, not \"\(text)\"") }
        return value * scale
    }
}
