import Foundation

/// `generate-leads`: writes generated `leads` rows as JSON Lines, one `row_to_json` object
/// per line, for the `decode` and `scoring --input` benchmarks.
enum GenerateLeadsCommand: BenchCommand {
    static let name = "generate-leads"
    static let summary = "write N generated leads rows as JSON Lines (input for decode/scoring --input)"
    static let options = [
        "--count N     rows to write (default 1000)",
        "--output PATH the .jsonl file to write (required)",
        "--seed N      generator seed (default 1)",
        "--clients N   clients the rows are spread over (default 10)",
    ]

    static func run(_ options: Options) async throws {
        try options.check(known: Self.options)
        guard let path = options.string("output") else { throw BenchError("generate-leads needs --output PATH") }
        let count = try options.int("count", default: 1_000)
        let seed = UInt64(try options.int("seed", default: 1))
        let clients = try options.int("clients", default: 10)
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot create \(path)")
        }
        defer { try? file.close() }
        let encoder = LeadRows.encoder()
        let chunk = 10_000
        var written = 0
        var bytes = 0
        while written < count {
            let rows = LeadRows.generate(count: min(chunk, count - written), seed: seed, clients: clients, first: written)
            var data = Data()
            for row in rows {
                data.append(try encoder.encode(row))
                data.append(UInt8(ascii: "\n"))
            }
            try file.write(contentsOf: data)
            written += rows.count
            bytes += data.count
        }
        print("wrote \(written) leads rows (\(Format.fixed(Double(bytes) / 1_048_576, 1)) MiB) to \(path)")
    }
}
