import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct URLValidationResultTests {
    func decode(_ json: String) throws -> URLValidationResult {
        try JSONDecoder.agencyKit.decode(URLValidationResult.self, from: Data(json.utf8))
    }

    func object(_ value: some Encodable) throws -> [String: JSONValue] {
        let json = try JSONDecoder.agencyKit.decode(JSONValue.self, from: JSONEncoder.agencyKit.encode(value))
        return try #require(json.objectValue)
    }

    @Test func referenceExamplesDecodeAndRoundTrip() throws {
        let valid = try decode("""
            {"valid": true, "canonical_url": "https://example.com/", "redirected": false, "redirect_chain": [],
             "error": null, "error_type": null, "status_code": 200, "is_parked": false, "domain": "example.com"}
            """)
        #expect(valid == URLValidationResult(valid: true, canonicalUrl: "https://example.com/", statusCode: 200,
                                             domain: "example.com"))
        let failed = try decode("""
            {"valid": false, "canonical_url": null, "redirected": false, "redirect_chain": [],
             "error": "Domain does not resolve", "error_type": "dns_failure", "status_code": null,
             "is_parked": false, "domain": "nonexistent-domain-12345.com"}
            """)
        #expect(failed.errorType == .dnsFailure)
        #expect(failed.error == "Domain does not resolve")
        for result in [valid, failed] {
            let encoded = try JSONEncoder.agencyKit.encode(result)
            #expect(try JSONDecoder.agencyKit.decode(URLValidationResult.self, from: encoded) == result)
            #expect(Set(try object(result).keys) == [
                "valid", "canonical_url", "redirected", "redirect_chain", "error", "error_type", "status_code",
                "is_parked", "domain"])
        }
        #expect(try object(failed)["canonical_url"] == .null)
    }

    @Test func onlyValidIsRequired() throws {
        let minimal = try decode(#"{"valid": false, "unknown_key": 1}"#)
        #expect(minimal == URLValidationResult(valid: false))
        #expect(!minimal.redirected && minimal.redirectChain.isEmpty && !minimal.isParked)
        #expect(throws: DecodingError.self) { try decode(#"{"domain": "example.com"}"#) }
    }

    @Test func everyDocumentedErrorTypeDecodes() throws {
        for raw in ["dns_failure", "timeout", "ssl_error", "parked_domain", "invalid_format"] {
            let result = try decode(#"{"valid": false, "error_type": "\#(raw)"}"#)
            #expect(result.errorType?.rawValue == raw)
        }
        #expect(URLValidationErrorType.allCases.count == 5)
    }

    @Test func unknownErrorTypeIsATypedError() throws {
        let error = #expect(throws: UnknownEnumValueError.self) {
            try decode(#"{"valid": false, "error_type": "connection_refused"}"#)
        }
        #expect(error?.enumName == "URLValidationErrorType")
        #expect(error?.value == "connection_refused")
        #expect(error?.codingPath == ["error_type"])
    }
}
