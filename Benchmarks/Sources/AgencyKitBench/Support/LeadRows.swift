import AgencyCore
import AgencyOS
import Foundation

/// Generated `leads` rows and JSON Lines files of them.
enum LeadRows {
    /// `count` exported rows numbered from `first`, spread over `clients` clients (the
    /// same for every `first` of a seed) with three campaigns each.
    static func generate(count: Int, seed: UInt64, clients: Int = 10, first: Int = 0) -> [Lead] {
        var ids = SeededGenerator(seed: seed ^ 0x5EED)
        let tenants = (0..<max(1, clients)).map { _ in
            (ID<Client>(UUID.version4(using: &ids)), (0..<3).map { _ in ID<Campaign>(UUID.version4(using: &ids)) })
        }
        var factory = LeadFactory(seed: seed &+ UInt64(first), shape: .exported)
        return (first..<(first + count)).map { index in
            let tenant = tenants[index % tenants.count]
            return factory.lead(index, client: tenant.0, campaign: tenant.1[index / tenants.count % 3])
        }
    }

    /// An encoder writing one compact row per line, columns in schema order as
    /// `row_to_json` writes them.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder.agencyKit
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    /// The non-empty lines of a JSON Lines file.
    static func readLines(_ path: String) throws -> [Data] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        return data.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x0D } }.map { Data($0) }
    }

    /// The rows as one JSON array.
    static func array(_ lines: [Data]) -> Data {
        var data = Data("[".utf8)
        data.reserveCapacity(lines.reduce(2) { $0 + $1.count + 1 })
        for (index, line) in lines.enumerated() {
            if index > 0 { data.append(UInt8(ascii: ",")) }
            data.append(line)
        }
        data.append(UInt8(ascii: "]"))
        return data
    }

    /// Decodes every line as a `Lead` with `JSONDecoder.agencyKit`, naming the line of the
    /// first row that does not decode.
    static func decodeLines(_ lines: [Data]) throws -> [Lead] {
        let decoder = JSONDecoder.agencyKit
        var leads: [Lead] = []
        leads.reserveCapacity(lines.count)
        for (number, line) in lines.enumerated() {
            do {
                leads.append(try decoder.decode(Lead.self, from: line))
            } catch {
                throw BenchError("line \(number + 1) is not a leads row: \(error)")
            }
        }
        return leads
    }
}
