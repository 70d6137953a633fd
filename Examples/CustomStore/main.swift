import AgencyCore
import AgencyOS
import AgencyStore
import AgencyStoreConformance
import Foundation

// Runs the whole conformance suite against `JournalFileStore`, then shows that reopening a
// journal replays to the same state. Exits non-zero when any case fails.
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agencykit-journal-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

let suite = ConformanceSuite(schema: AgencyOSSchema.target) { environment in
    try JournalFileStore(schema: AgencyOSSchema.target, clock: environment.clock, ids: .seeded(environment.seed),
                         url: directory.appendingPathComponent("\(UUID().uuidString).jsonl"))
}
let total = suite.cases.count
var passed = 0
var failures: [String] = []
for (index, check) in suite.cases.enumerated() {
    switch await suite.outcome(of: check) {
    case .passed: passed += 1
    case .skipped: break
    case .failed(let message): failures.append(message)
    }
    if (index + 1) % 50 == 0 { print("  \(index + 1)/\(total) cases run") }
}
print("JournalFileStore conformance: \(passed)/\(total) cases passed, \(failures.count) failed")
for failure in failures { print(failure) }

let clock = ManualTimeSource(Timestamp(year: 2026, month: 1, day: 1)!)
let url = directory.appendingPathComponent("replay.jsonl")
let first = try JournalFileStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(7), url: url)
let client = try await first.scoped(.platformWide).insert(Client(name: "Journal Agency"))
let acme = first.scoped(.tenant(client.id))
let campaign = try await acme.insert(Campaign(clientId: client.id, name: "Replay"))
var lead = try await acme.insert(Lead(clientId: client.id, campaignId: campaign.id, email: "ada@example.com"))
clock.advance(seconds: 5)
lead.title = "CEO"
lead = try await acme.update(lead)
_ = try await acme.softDelete(Lead.self, id: lead.id)
let reopened = try JournalFileStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(8), url: url)
let replayed = try await reopened.scoped(.tenant(client.id)).find(Lead.self, id: lead.id, includingDeleted: true)
let original = try await acme.find(Lead.self, id: lead.id, includingDeleted: true)
print("replay reproduces the stored lead: \(replayed == original)")

if !failures.isEmpty || replayed != original { exit(1) }
