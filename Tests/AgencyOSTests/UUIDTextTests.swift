import Foundation
import Testing
import AgencyCore
import AgencyOS

/// PostgreSQL prints UUIDs in lower case; encoded rows must too, in keys, references and arrays.
@Suite("UUID text in encoded rows")
struct UUIDTextTests {
    @Test func keysReferencesAndArraysAreLowerCase() throws {
        let client = try #require(ID<Client>(uuidString: "ABCDEF01-2345-4678-89AB-CDEF01234567"))
        let mailbox = try #require(UUID(uuidString: "0A0B0C0D-0E0F-4A1B-8C2D-3E4F5A6B7C8D"))
        let persona = ClientPersona(clientId: client, firstName: "Ada", lastName: "Lovelace", assignedMailboxIds: [mailbox])
        let text = String(decoding: try JSONEncoder.agencyKit.encode(persona), as: UTF8.self)
        #expect(text.contains("\"client_id\":\"abcdef01-2345-4678-89ab-cdef01234567\""))
        #expect(text.contains("\"assigned_mailbox_ids\":[\"0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d\"]"))
        #expect(text.contains("\"id\":\"00000000-0000-0000-0000-000000000000\""))
        #expect(try JSONDecoder.agencyKit.decode(ClientPersona.self, from: Data(text.utf8)) == persona)
        let alone = String(decoding: try JSONEncoder.agencyKit.encode(client), as: UTF8.self)
        #expect(alone == "\"abcdef01-2345-4678-89ab-cdef01234567\"")
    }
}
