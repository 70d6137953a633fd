import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct LinkedInCredentialRowTests {
    @Test func fixtureRoundTripsLosslessly() throws {
        try ResourceFixtures.checkRoundTrip(LinkedInCredential.self)
        try ResourceFixtures.checkNullability(LinkedInCredential.self)
    }

    @Test func rules() throws {
        let credential = try ResourceFixtures.row(LinkedInCredential.self)
        let failing: [(String, (inout LinkedInCredential) -> Void)] = [
            ("non_empty@linkedin_email_encrypted", { $0.linkedinEmailEncrypted = "" }),
            ("non_empty@linkedin_password_encrypted", { $0.linkedinPasswordEncrypted = " " }),
            ("format(url)@linkedin_profile_url", { $0.linkedinProfileUrl = "linkedin.com/in/sarah" }),
            ("range@linkedin_connection_count", { $0.linkedinConnectionCount = -3 }),
            ("one_of@two_fa_method", { $0.twoFaMethod = "carrier_pigeon" }),
            ("range@error_count", { $0.errorCount = -1 }),
            ("one_of@auth_method", { $0.authMethod = "password" }),
        ]
        let passing: [(String, (inout LinkedInCredential) -> Void)] = [
            ("sms", { $0.twoFaMethod = "sms" }),
            ("email", { $0.twoFaMethod = "email" }),
            ("legacy auth", { $0.authMethod = "heyreach" }),
            ("no auth method", { $0.authMethod = nil }),
        ]
        ResourceFixtures.checkRules(credential, failing: failing, passing: passing)
    }

    @Test func statusCheckAndSchema() throws {
        let table = LinkedInCredential.tableDescription
        #expect(table.column(named: "connection_status")?.rules.first == .oneOf([
            "pending", "connecting", "awaiting_2fa", "connected", "failed", "disconnected", "credentials_required"]))
        #expect(table.uniqueConstraints.map(\.columns) == [["client_id"]])
        #expect(table.tenancy == .owned(column: "client_id"))
        #expect(table.columns.filter(\.isSecret).map(\.name) == ["linkedin_email_encrypted", "linkedin_password_encrypted"])
        var object = try ResourceFixtures.object(LinkedInCredential.self)
        object["connection_status"] = "banned"
        #expect(throws: UnknownEnumValueError.self) { try ResourceFixtures.decode(LinkedInCredential.self, from: object) }
    }

    @Test func defaults() {
        let credential = LinkedInCredential(clientId: .unassigned, linkedinEmailEncrypted: "e", linkedinPasswordEncrypted: "p")
        #expect(credential.connectionStatus == .pending)
        #expect(credential.errorCount == 0)
        #expect(credential.authMethod == "heyreach")
    }
}

@Suite struct LinkedInCredentialStatusTests {
    func credential(_ status: LinkedInConnectionStatus, heyreach: String? = nil, unipile: String? = nil) -> LinkedInCredential {
        LinkedInCredential(clientId: .unassigned, linkedinEmailEncrypted: "e", linkedinPasswordEncrypted: "p",
                           connectionStatus: status, heyreachSenderId: heyreach, unipileAccountId: unipile)
    }

    @Test func connectedNeedsStatusAndAProviderAccount() {
        #expect(credential(.connected, heyreach: "hr_1").isConnected)
        #expect(credential(.connected, unipile: "upl_1").isConnected)
        #expect(!credential(.connected).isConnected)
        #expect(!credential(.connecting, heyreach: "hr_1").isConnected)
        #expect(!credential(.disconnected, unipile: "upl_1").isConnected)
    }

    @Test func awaitingTwoFactorAndError() {
        for status in LinkedInConnectionStatus.allCases {
            #expect(credential(status).isAwaiting2FA == (status == .awaiting2FA))
            #expect(credential(status).hasError == (status == .failed))
        }
    }
}

@Suite struct RedactedDescriptionTests {
    @Test func credentialSecretsNeverAppear() throws {
        let credential = try ResourceFixtures.row(LinkedInCredential.self)
        let secrets = [credential.linkedinEmailEncrypted, credential.linkedinPasswordEncrypted]
        var dumped = ""
        dump(credential, to: &dumped)
        var dumpedArray = ""
        dump([credential], to: &dumpedArray)
        let forms = [credential.description, credential.debugDescription, String(describing: credential),
                     String(reflecting: credential), "\(credential)", dumped, dumpedArray,
                     String(describing: Optional(credential)), String(describing: [credential])]
        for form in forms {
            for secret in secrets { #expect(!form.contains(secret), "leaked in: \(form)") }
            #expect(form.contains("<redacted>"))
        }
        #expect(credential.description.hasPrefix("LinkedInCredential(id: e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b, "))
        #expect(credential.description.contains("linkedin_email_encrypted: <redacted>, linkedin_password_encrypted: <redacted>"))
        #expect(credential.description.contains("linkedin_profile_name: Sarah Chen"))
        #expect(dumped.contains("connection_status: \"connected\""))
    }

    @Test func mirrorHasOneChildPerColumn() throws {
        let credential = try ResourceFixtures.row(LinkedInCredential.self)
        let mirror = Mirror(reflecting: credential)
        #expect(mirror.children.map(\.label) == LinkedInCredential.schema.columns.map { Optional($0.name) })
        #expect(mirror.displayStyle == .struct)
    }

    @Test func clientTokensNeverAppear() {
        let client = Client(name: "Sparro Digital", hubspotAccessToken: "pat-na1-11112222-3333", pipedriveApiToken: "pd_tok_999",
                            closeApiKey: nil, crmWebhookSecret: "whsec_abcdef")
        var dumped = ""
        dump(client, to: &dumped)
        for form in [client.description, client.debugDescription, "\(client)", dumped] {
            for secret in ["pat-na1-11112222-3333", "pd_tok_999", "whsec_abcdef"] {
                #expect(!form.contains(secret), "leaked in: \(form)")
            }
        }
        #expect(client.description.contains("hubspot_access_token: <redacted>"))
        #expect(client.description.contains("close_api_key: NULL"))
        #expect(client.description.contains("name: Sparro Digital"))
    }
}
