import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation

/// `generate-learning`: writes one synthetic client's rows as JSON Lines files (one
/// `row_to_json` object per line) in a directory, the input of `learning --input DIR`.
enum GenerateLearningCommand: BenchCommand {
    static let name = "generate-learning"
    static let summary = "write a synthetic client's leads, activities, meetings, deals as JSON Lines (input for learning --input)"
    static let options = [
        "--output DIR     the directory to write (created if missing; required)",
        "--leads N        synthetic leads (default 2000)",
        "--activities N   activities aimed at, about (default 10 per lead)",
        "--seed N         generator seed (default 42)",
    ]

    static func run(_ options: Options) async throws {
        try options.check(known: Self.options)
        guard let directory = options.string("output") else { throw BenchError("generate-learning needs --output DIR") }
        let leads = try options.int("leads", default: 2_000)
        let data = try LearningData.synthetic(leads: leads, activities: try options.int("activities", default: leads * 10),
                                              seed: UInt64(try options.int("seed", default: 42)), now: nil)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try write(data.leads, to: directory, "leads.jsonl")
        try write(data.activities, to: directory, "activities.jsonl")
        try write(data.funnel.meetings, to: directory, "meetings.jsonl")
        try write(data.funnel.deals, to: directory, "deals.jsonl")
        try write(data.funnel.stageChanges, to: directory, "deal_stage_history.jsonl")
        print("generated as of \(data.now) (pass --now \(data.now.postgresText) to learning for the same window)")
    }

    static func write<T: Encodable>(_ rows: [T], to directory: String, _ file: String) throws {
        let path = (directory as NSString).appendingPathComponent(file)
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot create \(path)")
        }
        defer { try? handle.close() }
        let encoder = LeadRows.encoder()
        var bytes = 0
        for start in stride(from: 0, to: rows.count, by: 10_000) {
            var chunk = Data()
            for row in rows[start..<min(start + 10_000, rows.count)] {
                chunk.append(try encoder.encode(row))
                chunk.append(UInt8(ascii: "\n"))
            }
            try handle.write(contentsOf: chunk)
            bytes += chunk.count
        }
        print("wrote \(rows.count) rows (\(Format.fixed(Double(bytes) / 1_048_576, 1)) MiB) to \(path)")
    }
}
