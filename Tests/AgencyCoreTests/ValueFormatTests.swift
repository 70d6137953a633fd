import Foundation
import Testing
import AgencyCore

@Suite("Validation: formats")
struct ValueFormatTests {
    @Test("email", arguments: [
        ("ada@example.com", true), ("first.last+tag@sub.example.co.uk", true), ("a@b.io", true),
        ("ada@example", false), ("ada.example.com", false), ("ada@@example.com", false), ("a@b@example.com", false),
        ("@example.com", false), ("ada@", false), (".ada@example.com", false), ("ada.@example.com", false),
        ("a..b@example.com", false), ("ada @example.com", false), ("ada@exa_mple.com", false), ("", false),
        (String(repeating: "a", count: 65) + "@example.com", false),
    ])
    func email(_ text: String, _ valid: Bool) {
        #expect(ValueFormat.email.accepts(text) == valid)
        #expect(Account(email: text).isValid == valid)
    }

    @Test("domain", arguments: [
        ("example.com", true), ("sub.example.co.uk", true), ("xn--mnchen-3ya.de", true), ("my-site.io", true),
        ("example.com.", true), ("localhost", false), ("-bad.com", false), ("bad-.com", false), ("a..com", false),
        ("exa mple.com", false), ("under_score.com", false), ("1.2.3.4", false), ("", false), (".", false),
        (String(repeating: "a", count: 64) + ".com", false),
    ])
    func domain(_ text: String, _ valid: Bool) {
        #expect(ValueFormat.domain.accepts(text) == valid)
    }

    @Test("url", arguments: [
        ("https://example.com", true), ("http://example.com/path?q=1#frag", true), ("https://sub.example.co.uk:8443/x", true),
        ("http://localhost:8080", true), ("HTTPS://EXAMPLE.COM", true), ("ftp://example.com", false),
        ("example.com", false), ("https://", false), ("https://exa mple.com", false), ("mailto:ada@example.com", false),
        ("https://-bad.com", false), ("", false),
    ])
    func url(_ text: String, _ valid: Bool) {
        #expect(ValueFormat.url.accepts(text) == valid)
    }

    @Test("E.164 phone", arguments: [
        ("+14155552671", true), ("+61412345678", true), ("+12345678", true), ("+123456789012345", true),
        ("+1234567", false), ("+1234567890123456", false), ("14155552671", false), ("+04155552671", false),
        ("+1 415 555 2671", false), ("+1-415-555-2671", false), ("+", false), ("", false), ("+1415555267a", false),
    ])
    func e164(_ text: String, _ valid: Bool) {
        #expect(ValueFormat.e164Phone.accepts(text) == valid)
    }

    @Test("IANA time zone", arguments: [
        ("UTC", true), ("Australia/Sydney", true), ("America/New_York", true), ("Europe/London", true),
        ("Mars/Base", false), ("", false), ("Australia/Sydnee", false), ("not a zone", false),
    ])
    func timeZone(_ text: String, _ valid: Bool) {
        #expect(ValueFormat.timeZone.accepts(text) == valid)
        #expect(brokenRules(Account(timezone: text)) == (valid ? [] : ["timezone:format(timeZone)"]))
    }
}
