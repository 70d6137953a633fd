import Foundation
import Testing
import AgencyCore

@Suite("ID")
struct IDTests {
    @Test("encodes and decodes as the plain key")
    func plainKey() throws {
        let uuid = Samples.uuidB
        let json = try agencyJSON(Box(value: ID<Widget>(uuid)))
        #expect(json.lowercased() == #"{"value":"\#(uuid.uuidString.lowercased())"}"#)
        #expect(try agencyDecode(Box<ID<Widget>>.self, json).value.uuid == uuid)
        #expect(try agencyDecode(Box<ID<Widget>>.self, #"{"value":"\#(uuid.uuidString.lowercased())"}"#).value.uuid == uuid)
        #expect(try agencyJSON(Box(value: ID<Flagged>(42))) == #"{"value":42}"#)
        #expect(try agencyJSON(Box(value: ID<Keyed>("acme"))) == #"{"value":"acme"}"#)
        #expect(try agencyDecode(Box<ID<Flagged>>.self, #"{"value":42}"#).value == ID(42))
        #expect(throws: DecodingError.self) { try agencyDecode(Box<ID<Widget>>.self, #"{"value":"not-a-uuid"}"#) }
        #expect(throws: DecodingError.self) { try agencyDecode(Box<ID<Flagged>>.self, #"{"value":"42"}"#) }
    }

    @Test("unassigned is the nil UUID, 0 or the empty string")
    func unassigned() {
        #expect(ID<Widget>.unassigned.uuid == UUID(uuidString: "00000000-0000-0000-0000-000000000000"))
        #expect(ID<Widget>.unassigned.isUnassigned && !ID<Widget>(Samples.uuidA).isUnassigned)
        #expect(ID<Flagged>.unassigned.rawValue == 0 && ID<Flagged>.unassigned.isUnassigned)
        #expect(ID<Keyed>.unassigned.rawValue == "" && ID<Keyed>.unassigned.isUnassigned)
        #expect(ID<Widget>.unassigned.sqlValue.isUnassignedPlaceholder)
        #expect(Widget.tableDescription.primaryKeyKind == .uuid)
        #expect(Flagged.tableDescription.primaryKeyKind == .serial)
        #expect(Keyed.tableDescription.primaryKeyKind == .natural)
    }

    @Test("orders as PostgreSQL orders the key column")
    func ordering() {
        var generator = SeededGenerator(seed: Seeds.values ^ 4)
        let ids = (0..<200).map { _ in ID<Widget>(UUID.version4(using: &generator)) }
        #expect(ids.sorted().map { $0.description } == ids.map { $0.description }.sorted())
        #expect(ID<Flagged>(2) < ID<Flagged>(10))
        #expect(ID<Flagged>(-1) < ID<Flagged>(0))
        #expect(ID<Keyed>("B") < ID<Keyed>("a"))
    }

    @Test("parses and prints lower-case UUID text")
    func text() {
        let text = "3F2A0C4E-1111-4A4A-8B8B-000000000001"
        #expect(ID<Widget>(uuidString: text)?.description == text.lowercased())
        #expect(ID<Widget>(uuidString: "nope") == nil)
        #expect(ID<Flagged>(7).description == "7")
    }
}
