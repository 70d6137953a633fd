import Foundation
import Testing
import AgencyCore

@Suite("SchemaEnum")
struct SchemaEnumTests {
    static let unknown = UnknownEnumValueError(enumName: "Shade", value: "purple", allowedValues: ["red", "green", "blue"])

    @Test("every raw value round-trips", arguments: Shade.allCases)
    func knownValues(_ shade: Shade) throws {
        #expect(try Shade(validating: shade.rawValue) == shade)
        #expect(try Shade(sqlValue: .text(shade.rawValue)) == shade)
        #expect(shade.sqlValue == .text(shade.rawValue))
        #expect(try agencyJSON(Box(value: shade)) == #"{"value":"\#(shade.rawValue)"}"#)
        #expect(try agencyDecode(Box<Shade>.self, #"{"value":"\#(shade.rawValue)"}"#).value == shade)
    }

    @Test("an unknown raw value names the enum, the value and the allowed values")
    func unknownValue() {
        #expect(throws: Self.unknown) { try Shade(validating: "purple") }
        #expect(throws: Self.unknown) { try Shade(sqlValue: .text("purple")) }
        #expect(throws: UnknownEnumValueError(enumName: "Shade", value: "Red", allowedValues: Shade.allRawValues)) {
            try Shade(validating: "Red")
        }
        #expect(throws: SQLValueConversionError(targetType: "Shade", found: "integer")) { try Shade(sqlValue: .int(1)) }
        #expect(Self.unknown.description == #""purple" is not a Shade; allowed: red, green, blue"#)
    }

    @Test("JSONDecoder throws the typed error itself, with the coding path")
    func decoderThrowsTypedError() throws {
        do {
            _ = try agencyDecode(Box<Shade>.self, #"{"value":"purple"}"#)
            Issue.record("decoded an unknown value")
        } catch let error as UnknownEnumValueError {
            #expect(error.enumName == "Shade")
            #expect(error.value == "purple")
            #expect(error.allowedValues == ["red", "green", "blue"])
            #expect(error.codingPath == ["value"])
            #expect(error.description.contains("at value"))
        }
        do {
            _ = try agencyDecode([Box<[Shade]>].self, #"[{"value":["red","teal"]}]"#)
            Issue.record("decoded an unknown value")
        } catch let error as UnknownEnumValueError {
            #expect(error.value == "teal")
            #expect(error.codingPath.count == 3)
        }
        #expect(throws: DecodingError.self) { try agencyDecode(Box<Shade>.self, #"{"value":1}"#) }
    }
}
