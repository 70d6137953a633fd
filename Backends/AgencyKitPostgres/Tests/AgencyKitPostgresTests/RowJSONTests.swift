import AgencyCore
@testable import AgencyKitPostgres
import AgencyOS
import AgencyStore
import Foundation
import Testing

/// The JSON `PostgresStore` hands to `json_populate_record(set)` for inserts and updates.
@Suite struct RowJSONTests {
    /// Every control character but NUL (which PostgreSQL text cannot hold), JSON's own
    /// specials, a slash, non-ASCII and an emoji.
    static let awkward = (1..<32).map { String(UnicodeScalar(UInt8($0))) }.joined()
        + "\"quoted\" back\\slash /slash {brace},comma 'apostrophe' Zoë 東京 🚀"

    @Test("quoted strings decode back to the same string")
    func quotedStringsRoundTrip() throws {
        for string in [Self.awkward, "", "plain", "\u{7F}", "tab\tand\nnewline"] {
            let decoded = try JSONDecoder().decode(String.self, from: Data(RowJSON.quoted(string).utf8))
            #expect(decoded == string)
        }
        #expect(RowJSON.quoted("a/b") == "\"a/b\"", "slashes are not escaped")
    }

    @Test("a row's object has every column, null for NULL, and parses as JSON")
    func objectHasEveryColumn() throws {
        let lead = Lead(clientId: ID(UUID()), campaignId: ID(UUID()), email: "a@example.com", enrichmentConfidence: 0.1,
                        sdkSignals: ["x\"y", "{z}"], alsWeightsUsed: ["timing": 0.427])
        let object = try JSONSerialization.jsonObject(with: Data(RowJSON.object(lead).utf8)) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == Set(Lead.schema.columns.map(\.name)))
        #expect(object?["first_name"] is NSNull)
        #expect(object?["sdk_signals"] as? [String] == ["x\"y", "{z}"])
        #expect((object?["enrichment_confidence"] as? NSNumber)?.doubleValue == 0.1)
    }

    @Test("a NaN JSON number is refused; non-finite doubles are written as PostgreSQL's input text")
    func nonFiniteNumbers() throws {
        var lead = Lead(clientId: ID(UUID()), campaignId: ID(UUID()), email: "a@example.com")
        lead.deepResearchData = .object(["score": .number(Decimal.nan)])
        #expect(throws: StoreError.self) { try RowJSON.object(lead) }
        lead.deepResearchData = nil
        lead.enrichmentConfidence = .infinity
        #expect(try RowJSON.object(lead).contains("\"enrichment_confidence\":\"Infinity\""))
    }

    @Test("awkward text, arrays, JSONB and numbers survive an insert, an update and a read")
    func serverRoundTrip() async throws {
        let world = try await TwoTenants.make(prefix: "rowjson")
        let scope = world.store.scoped(.tenant(world.a.id))
        var lead = world.lead(world.a, email: "awkward@example.com", firstName: Self.awkward)
        lead.sdkSignals = [Self.awkward, "", "NULL", "a,b", "{c}"]
        lead.enrichmentConfidence = 0.1
        lead.deepResearchData = .object([Self.awkward: .array([.number(Decimal(string: "12345678901234567890.125") ?? 0),
                                                               .number(Decimal(string: "-0.0000001") ?? 0), .null, .bool(false)])])
        lead.alsWeightsUsed = ["timing": 0.427, "risk": 0.05]
        let inserted = try await scope.insert(lead)
        #expect(try await scope.find(Lead.self, id: inserted.id) == inserted)

        var changed = inserted
        changed.lastName = Self.awkward + " (updated)"
        changed.sdkSignals = nil
        changed.deepResearchData = .array([.string(Self.awkward)])
        let updated = try await scope.update(changed)
        #expect(try await scope.find(Lead.self, id: inserted.id) == updated)
        #expect(updated.lastName == Self.awkward + " (updated)")
    }
}
