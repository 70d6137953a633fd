import AgencyCore
import AgencyOS
import Foundation

/// `decode` (issue 3): decode throughput of `leads` rows with `JSONDecoder.agencyKit` into
/// `Lead` versus default Foundation decoding into ``PlainLead``, the same fields with plain
/// types. Target: AgencyKit takes at most 1.5× the plain time.
enum DecodeCommand: BenchCommand {
    static let name = "decode"
    static let summary = "issue 3: decode N leads rows, Lead vs a plain struct (target ratio ≤ 1.5)"
    static let options = [
        "--rows N     generated rows to decode (default 100k)",
        "--rounds N   interleaved rounds; medians are reported (default 7)",
        "--input PATH decode this JSON Lines file of leads rows instead",
        "--seed N     generator seed (default 1)",
    ]

    static func run(_ options: Options) async throws {
        try options.check(known: Self.options)
        let rounds = max(1, try options.int("rounds", default: 7))
        let lines: [Data]
        if let path = options.string("input") {
            lines = try LeadRows.readLines(path)
            print("decode: \(lines.count) rows from \(path)")
        } else {
            let count = try options.int("rows", default: 100_000)
            let encoder = LeadRows.encoder()
            lines = try LeadRows.generate(count: count, seed: UInt64(try options.int("seed", default: 1)))
                .map { try encoder.encode($0) }
            print("decode: \(lines.count) generated rows")
        }
        let data = LeadRows.array(lines)
        print("payload: \(Format.fixed(Double(data.count) / 1_048_576, 1)) MiB as one JSON array, "
              + "\(data.count / max(1, lines.count)) bytes per row")

        // Warm-up, and proof that both sides read every row.
        let kitRows = try JSONDecoder.agencyKit.decode([Lead].self, from: data).count
        let plainRows = try JSONDecoder().decode([PlainLead].self, from: data).count
        guard kitRows == lines.count, plainRows == lines.count else {
            throw BenchError("decoded \(kitRows) Lead and \(plainRows) plain rows of \(lines.count)")
        }

        var kit: [Double] = [], plain: [Double] = [], ratios: [Double] = []
        for round in 0..<rounds {
            // Alternate which side goes first so drift on a shared machine hits both.
            let kitFirst = round % 2 == 0
            var kitTime = 0.0, plainTime = 0.0
            for side in kitFirst ? [true, false] : [false, true] {
                if side {
                    kitTime = try Measure.time { try JSONDecoder.agencyKit.decode([Lead].self, from: data).count }.cpu
                } else {
                    plainTime = try Measure.time { try JSONDecoder().decode([PlainLead].self, from: data).count }.cpu
                }
            }
            kit.append(kitTime)
            plain.append(plainTime)
            ratios.append(kitTime / plainTime)
            print("  round \(round + 1): Lead \(Format.seconds(kitTime)), plain \(Format.seconds(plainTime)), "
                  + "ratio \(Format.fixed(kitTime / plainTime, 3))")
        }
        let rows = Double(lines.count)
        let kitMedian = Measure.median(kit), plainMedian = Measure.median(plain)
        print("Lead (JSONDecoder.agencyKit): \(Format.count(rows / kitMedian)) rows/s (median \(Format.seconds(kitMedian)) CPU)")
        print("plain struct (JSONDecoder()): \(Format.count(rows / plainMedian)) rows/s (median \(Format.seconds(plainMedian)) CPU)")
        let ratio = Measure.median(ratios)
        print("ratio Lead/plain: median of rounds \(Format.fixed(ratio, 3)), of medians \(Format.fixed(kitMedian / plainMedian, 3)) "
              + "(target ≤ 1.5: \(ratio <= 1.5 ? "met" : "NOT met"))")
    }
}
