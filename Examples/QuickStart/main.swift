import AgencyKit
import Foundation

// Quick start: Agency OS models, their PostgreSQL JSON, validation and soft delete.
// Run: swift run agencykit-quick-start-example  (exits 1 if any step does not behave as shown)

func expect(_ condition: Bool, _ what: String) {
    if !condition {
        print("unexpected: \(what)")
        exit(1)
    }
}

// 1. A `leads` row as PostgREST (or row_to_json) returns it: snake_case keys, timestamps with
//    any offset, NUMERIC as a string, JSONB, a text[] column. It decodes into a typed `Lead`.
let row = """
    {"id": "c4d2b8a0-4444-4e1f-9d3c-000000000001", "client_id": "6f1c2a3e-1111-4a4a-8b8b-000000000001",
     "campaign_id": "9a3e5c1d-3333-4f2a-8c7b-000000000001", "email": "olivia.hart@brightloop.io",
     "first_name": "Olivia", "last_name": "Hart", "title": "Head of Growth", "company": "Brightloop",
     "organization_industry": "SaaS", "organization_employee_count": 85, "organization_country": "Australia",
     "employment_start_date": "2025-11-03", "status": "in_sequence", "current_sequence_step": 2,
     "sdk_cost_aud": "0.0125", "deep_research_data": {"talking_points": ["series A", "hiring SDRs"]},
     "objections_raised": ["already has an agency"], "dncr_checked": true, "reply_count": 0, "bounce_count": 0,
     "meeting_booked": false, "als_score": null,
     "created_at": "2026-01-04 14:12:45.667788+11", "updated_at": "2026-01-21T23:00:00.000123Z"}
    """
let lead = try JSONDecoder.agencyKit.decode(Lead.self, from: Data(row.utf8))
print("1. Decoded \(lead.fullName): \(lead.status.rawValue), step \(lead.currentSequenceStep), "
    + "created \(lead.createdAt) (microseconds kept, offset normalised to UTC), sdk_cost_aud \(lead.sdkCostAud.map { "\($0)" } ?? "—")")
let encoded = try JSONEncoder.agencyKit.encode(lead)
let again = try JSONDecoder.agencyKit.decode(Lead.self, from: encoded)
let columns = try JSONDecoder().decode([String: JSONValue].self, from: encoded)
expect(again == lead && columns.count == Lead.tableDescription.columns.count, "an exact round trip of every column")
print("   re-encoded: \(encoded.count) bytes, \(columns.count) columns (every column, null included); "
    + "round trip exact: \(again == lead)")
print("   updated_at as PostgreSQL writes it: \(columns["updated_at"]?.stringValue ?? "—")")

// An unknown enum value is a typed error, never a silent default.
do {
    _ = try JSONDecoder.agencyKit.decode(Lead.self, from: Data(row.replacingOccurrences(of: "in_sequence", with: "nurturing").utf8))
} catch {
    print("   an unknown status is refused: \(error)")
}

// 2. Validation mirrors the database's rules and reports every violation at once.
var bad = Lead(clientId: lead.clientId, campaignId: lead.campaignId, email: "olivia.hart@", phone: "0412 345 678",
               linkedinUrl: "linkedin.com/in/olivia", alsScore: 120)
bad.timezone = "Sydney"
print("\n2. Validation of a lead with five bad values:")
do {
    try bad.validate()
} catch let error as ValidationError {
    for violation in error.violations { print("   - \(violation)") }
    expect(error.violations.count == 5, "five violations")
}

// 3. A store: tenants, scoped reads and writes, soft delete and restore (Rule 14).
let clock = ManualTimeSource(Timestamp(microsecondsSinceEpoch: 1_767_603_600_000_000))  // 2026-01-05 09:00 UTC
let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(1))
let client = try await store.scoped(.platformWide).insert(Client(name: "Brightloop Growth"))
let acme = store.scoped(.tenant(client.id))
let campaign = try await acme.insert(Campaign(clientId: client.id, name: "Founders ANZ"))
let stored = try await acme.insert(Lead(clientId: client.id, campaignId: campaign.id, email: "ada@analytical.io",
                                        firstName: "Ada", lastName: "Lovelace", title: "Founder"))
print("\n3. Stored \(stored.email) with id \(stored.id) and created_at \(stored.createdAt) (assigned by the store)")
do {
    _ = try await acme.insert(Lead(clientId: client.id, campaignId: campaign.id, email: "ADA@analytical.io"))
} catch {
    print("   the same address in another case is refused: \(error)")
}
clock.advance(seconds: 3_600)
let deleted = try await acme.softDelete(Lead.self, id: stored.id)
print("   soft-deleted at \(deleted.deletedAt.map { "\($0)" } ?? "—"); normal read finds it: "
    + "\(try await acme.find(Lead.self, id: stored.id) != nil); including deleted: "
    + "\(try await acme.find(Lead.self, id: stored.id, includingDeleted: true) != nil); "
    + "onlyDeleted() count: \(try await acme.count(Query<Lead>().onlyDeleted()))")
do {
    _ = try await acme.update(deleted)
} catch {
    print("   a deleted lead cannot be updated: \(error)")
}
let restored = try await acme.restore(Lead.self, id: stored.id)
print("   restored: deleted_at \(restored.deletedAt.map { "\($0)" } ?? "null"), live leads: "
    + "\(try await acme.count(Query<Lead>()))")
expect(restored.deletedAt == nil && deleted.deletedAt != nil, "soft delete then restore")
let other = try await store.scoped(.platformWide).insert(Client(name: "Another Agency"))
print("   another tenant sees \(try await store.scoped(.tenant(other.id)).count(Query<Lead>())) of these leads")
