import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct ClientPersonaRowTests {
    @Test func fixtureRoundTripsLosslessly() throws {
        try ResourceFixtures.checkRoundTrip(ClientPersona.self)
        try ResourceFixtures.checkNullability(ClientPersona.self)
    }

    @Test func rules() throws {
        let persona = try ResourceFixtures.row(ClientPersona.self)
        let failing: [(String, (inout ClientPersona) -> Void)] = [
            ("non_empty@first_name", { $0.firstName = "" }),
            ("non_empty@last_name", { $0.lastName = " \n" }),
            ("max_length(100)@first_name", { $0.firstName = String(repeating: "a", count: 101) }),
            ("max_length(255)@title", { $0.title = String(repeating: "t", count: 256) }),
            ("format(email)@email", { $0.email = "sarah.chen@" }),
            ("format(e164Phone)@phone", { $0.phone = "0412 345 678" }),
            ("max_length(255)@display_name", { $0.displayName = String(repeating: "d", count: 256) }),
            ("format(url)@photo_url", { $0.photoUrl = "cdn.sparro.com.au/sarah.jpg" }),
            ("format(url)@calendar_link", { $0.calendarLink = "javascript:alert(1)" }),
        ]
        let passing: [(String, (inout ClientPersona) -> Void)] = [
            ("100-character name", { $0.firstName = String(repeating: "a", count: 100) }),
            ("no contact details", { $0.email = nil; $0.phone = nil; $0.calendarLink = nil; $0.photoUrl = nil }),
            ("no assignments", { $0.assignedMailboxIds = nil; $0.assignedLinkedinSeatIds = [] }),
        ]
        ResourceFixtures.checkRules(persona, failing: failing, passing: passing)
    }

    @Test func oneDefaultPerClient() {
        let unique = ClientPersona.tableDescription.uniqueConstraints
        #expect(unique.count == 1)
        #expect(unique.first?.columns == ["client_id"])
        #expect(unique.first?.condition == .compare(.column("is_default"), .equal, .value(.bool(true))))
        #expect(ClientPersona.tableDescription.foreignKey(on: "client_id")?.onDelete == .cascade)
        #expect(ClientPersona.tableDescription.tenancy == .owned(column: "client_id"))
    }

    @Test func defaults() {
        let persona = ClientPersona(clientId: .unassigned, firstName: "Sam", lastName: "Lee")
        #expect(persona.isActive && !persona.isDefault)
        #expect(persona.assignedMailboxIds == [] && persona.assignedPhoneIds == [] && persona.assignedLinkedinSeatIds == [])
    }
}

@Suite struct ClientPersonaNamingTests {
    let persona = ClientPersona(clientId: .unassigned, firstName: "Sarah", lastName: "Chen", title: "Account Executive")

    @Test func fullAndSignatureNames() {
        #expect(persona.fullName == "Sarah Chen")
        #expect(persona.signatureName == "Sarah Chen, Account Executive")
        var untitled = persona
        untitled.title = nil
        #expect(untitled.signatureName == "Sarah Chen")
        untitled.title = "  "
        #expect(untitled.signatureName == "Sarah Chen")
    }

    @Test func displayNameWinsWhenSet() {
        var named = persona
        named.displayName = "Sarah at Sparro"
        #expect(named.formattedDisplayName(clientName: "Sparro Pty Ltd", branding: ["company_name": "Sparro Digital"])
                == "Sarah at Sparro")
    }

    @Test func fallbackFollowsTheDatabaseTrigger() {
        #expect(persona.formattedDisplayName(clientName: "Sparro Pty Ltd", branding: ["company_name": "Sparro Digital"])
                == "Sarah from Sparro Digital")
        #expect(persona.formattedDisplayName(clientName: "Sparro Pty Ltd", branding: .emptyObject)
                == "Sarah from Sparro Pty Ltd")
        #expect(persona.formattedDisplayName(clientName: "Sparro Pty Ltd", branding: ["company_name": ""])
                == "Sarah from Sparro Pty Ltd")
        #expect(persona.formattedDisplayName(clientName: nil) == "Sarah from our team")
        var blank = persona
        blank.displayName = ""
        #expect(blank.formattedDisplayName(clientName: "Sparro Pty Ltd") == "Sarah from Sparro Pty Ltd")
    }
}

@Suite struct ClientPersonaSignatureTests {
    let persona = ClientPersona(clientId: .unassigned, firstName: "Sarah", lastName: "Chen", title: "Account Executive",
                                phone: "+61412345678", calendarLink: "https://calendly.com/sparro/sarah")

    @Test func fullSignature() {
        let signature = persona.generateSignature(clientName: "Sparro Pty Ltd", branding: ["company_name": "Sparro Digital"])
        #expect(signature == """
            <p><strong>Sarah Chen</strong>
            <br>Account Executive
            <br>Sparro Digital
            </p>
            <p>P: +61412345678 | <a href="https://calendly.com/sparro/sarah">Book a meeting</a></p>
            """)
    }

    @Test func optionalParts() {
        #expect(persona.generateSignature(clientName: nil, includePhone: false, includeCalendar: false) == """
            <p><strong>Sarah Chen</strong>
            <br>Account Executive
            </p>
            """)
        #expect(persona.generateSignature(clientName: "Sparro", includeCalendar: false).hasSuffix("<p>P: +61412345678</p>"))
        #expect(persona.generateSignature(clientName: "Sparro", includePhone: false)
                .hasSuffix("<p><a href=\"https://calendly.com/sparro/sarah\">Book a meeting</a></p>"))
    }

    @Test func userTextIsEscaped() {
        let hostile = ClientPersona(clientId: .unassigned, firstName: "<script>alert(1)</script>", lastName: "O'Brien & Co",
                                    title: "\"Head\" of <b>Growth</b>",
                                    calendarLink: "https://cal.example/x?a=1&b=\"><script>")
        let signature = hostile.generateSignature(clientName: "Acme <Ltd>")
        #expect(!signature.contains("<script>"))
        #expect(!signature.contains("<b>"))
        #expect(signature.contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Co</strong>"))
        #expect(signature.contains("<br>&quot;Head&quot; of &lt;b&gt;Growth&lt;/b&gt;"))
        #expect(signature.contains("<br>Acme &lt;Ltd&gt;"))
        #expect(signature.contains("href=\"https://cal.example/x?a=1&amp;b=&quot;&gt;&lt;script&gt;\""))
    }

    @Test func nonWebCalendarLinksAreLeftOut() {
        var persona = persona
        persona.calendarLink = "javascript:alert(document.cookie)"
        let signature = persona.generateSignature(clientName: "Sparro")
        #expect(!signature.contains("href"))
        #expect(!signature.contains("javascript"))
        #expect(signature.hasSuffix("<p>P: +61412345678</p>"))
    }
}
