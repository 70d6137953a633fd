import AgencyCore
import AgencyKitPostgres
import AgencyOS
import AgencyStore
import Foundation

// Inserts 100,000 leads through PostgresStore (batches of 1,000) and the same rows through
// one raw multi-row INSERT … VALUES run by psql, on the same server in the same run, and
// prints both times and their ratio. Connection from the libpq variables (PGHOST, PGPORT,
// PGUSER, PGDATABASE), e.g.:
//
//   Backends/AgencyKitPostgres/Scripts/with-postgres.sh \
//       swift run -c release --package-path Backends/AgencyKitPostgres agencykit-postgres-bench [rows]

struct BenchError: Error, CustomStringConvertible { let description: String }

func literal(_ value: SQLValue) -> String {
    switch value {
    case .null: return "NULL"
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let int): return String(int)
    case .numeric(let number): return number.description
    case .double(let double): return "\(double)"
    case .text(let text): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    case .uuid(let uuid): return "'" + uuid.uuidString.lowercased() + "'"
    case .timestamp(let timestamp): return "'" + timestamp.postgresText + "'"
    case .date(let date): return "'" + date.isoText + "'"
    case .time(let time): return "'" + time.isoText + "'"
    case .json(let json):
        let text = String(decoding: (try? JSONEncoder.agencyKit.encode(json)) ?? Data("null".utf8), as: UTF8.self)
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    case .array(let items):
        let inner = items.map { item -> String in
            guard case .text(let text) = item else { return item.displayText }
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return "'{" + inner.joined(separator: ",").replacingOccurrences(of: "'", with: "''") + "}'"
    }
}

func psql(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"] + arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw BenchError(description: "psql exited with \(process.terminationStatus)") }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let total = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
let batchSize = 1_000
guard var configuration = PostgresStoreConfiguration.fromEnvironment() else {
    FileHandle.standardError.write(Data("agencykit-postgres-bench: set PGHOST/PGPORT/PGUSER/PGDATABASE (Scripts/with-postgres.sh does)\n".utf8))
    exit(2)
}
let pid = ProcessInfo.processInfo.processIdentifier
configuration.namespace = "bench_store_\(pid)"
configuration.operationTimeout = .seconds(600)
configuration.statementTimeout = .seconds(600)
let clock = SystemTimeSource()
let store = try await PostgresStore.connect(configuration, schema: AgencyOSSchema.target, clock: clock, ids: .seeded(42))
let rawNamespace = "bench_raw_\(pid)"
_ = try await PostgresMigrator(target: AgencyOSSchema.target, namespace: rawNamespace).migrate(store.client)

let client = try await store.scoped(.platformWide).insert(Client(name: "Benchmark Agency"))
let scope = store.scoped(.tenant(client.id))
let campaign = try await scope.insert(Campaign(clientId: client.id, name: "Benchmark campaign"))

var generator = SeededGenerator(seed: 2026)
let now = clock.now()
let statuses: [LeadStatus] = [.new, .enriched, .scored]
let leads: [Lead] = (0..<total).map { index in
    var lead = Lead(id: ID(UUID.version4(using: &generator)), clientId: client.id, campaignId: campaign.id,
                    email: "lead\(index)@company\(index % 997).example.com", firstName: "First\(index)", lastName: "Last\(index)",
                    title: "Head of Growth", company: "Company \(index % 997)", domain: "company\(index % 997).example.com",
                    alsScore: index % 101)
    lead.status = statuses[index % statuses.count]
    lead.createdAt = now
    lead.updatedAt = now
    return lead
}

// PostgresStore, batches of 1,000.
let storeStart = ContinuousClock.now
for start in stride(from: 0, to: leads.count, by: batchSize) {
    _ = try await scope.insert(Array(leads[start..<min(start + batchSize, leads.count)]))
}
let storeTime = ContinuousClock.now - storeStart

// The same rows as one multi-row INSERT … VALUES through psql.
let columns = Lead.schema.columns
var sql = "INSERT INTO \(rawNamespace).clients (id, name) VALUES ('\(client.id)', 'Benchmark Agency');\n"
sql += "INSERT INTO \(rawNamespace).campaigns (id, client_id, name) VALUES ('\(campaign.id)', '\(client.id)', 'Benchmark campaign');\n"
sql += "\\timing on\n"
sql += "INSERT INTO \(rawNamespace).leads (" + columns.map { "\"\($0.name)\"" }.joined(separator: ", ") + ") VALUES\n"
sql += leads.map { lead in "(" + columns.map { literal($0.value(in: lead)) }.joined(separator: ", ") + ")" }.joined(separator: ",\n")
sql += ";\n"
let file = FileManager.default.temporaryDirectory.appendingPathComponent("agencykit-bench-\(pid).sql")
try sql.write(to: file, atomically: true, encoding: .utf8)
let rawStart = ContinuousClock.now
try psql(["-f", file.path])
let rawTime = ContinuousClock.now - rawStart
try? FileManager.default.removeItem(at: file)

let stored = try await scope.count(Query<Lead>())
guard stored == total else { throw BenchError(description: "PostgresStore holds \(stored) leads, expected \(total)") }
let sample = try await scope.fetch(Query<Lead>().limit(1)).first
guard sample.map({ leads.contains($0) }) == true else { throw BenchError(description: "a stored lead differs from the one inserted") }

print(String(format: "PostgresStore (batches of %d): %d leads in %.2f s (%.0f rows/s)", batchSize, total, seconds(storeTime), Double(total) / seconds(storeTime)))
print(String(format: "raw psql multi-row INSERT:     %d leads in %.2f s (%.0f rows/s, psql start-up included)", total, seconds(rawTime), Double(total) / seconds(rawTime)))
print(String(format: "ratio PostgresStore / raw: %.2fx (target <= 2x)", seconds(storeTime) / seconds(rawTime)))
await store.shutdown()
