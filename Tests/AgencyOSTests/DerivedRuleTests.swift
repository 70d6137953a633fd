import Foundation
import Testing
import AgencyCore
import AgencyOS

/// For every column rule of every model (ranges, allowed values, lengths, non-empty text,
/// formats, integer width, numeric scale), a value at the boundary passes and a value past
/// it fails with a violation naming the column, the rule and the value.
@Suite("Column rules: a passing and a failing value each")
struct DerivedRuleTests {
    @Test("every column rule", arguments: Models.tables)
    func everyColumnRule(table: String) throws {
        try check(Models.model(table))
    }

    private func check<M: Model>(_ type: M.Type) throws {
        let row = try Fixtures.row(M.self)
        var checked = 0
        for column in M.schema.columns {
            for probe in Self.probes(for: column.description) {
                checked += 1
                try expectPasses(row, column, probe.rule, probe.passing)
                try expectFails(row, column, probe.rule, probe.failing)
            }
        }
        if M.schema.columns.contains(where: { !$0.description.rules.isEmpty }) { #expect(checked > 0) }
    }

    private func expectPasses<M: Model>(_ row: M, _ column: Column<M>, _ rule: String, _ value: SQLValue) throws {
        var copy = row
        try column.setValue(value, in: &copy)
        let hits = copy.violations.filter { $0.columns == [column.name] && $0.rule == rule }
        #expect(hits.isEmpty, "\(M.schema.name).\(column.name) = \(value.displayText) should pass \(rule)")
    }

    private func expectFails<M: Model>(_ row: M, _ column: Column<M>, _ rule: String, _ value: SQLValue) throws {
        var copy = row
        do {
            try column.setValue(value, in: &copy)
        } catch let error as UnknownEnumValueError {
            // An enumeration-typed property cannot hold the value at all.
            #expect(value.displayText.contains(error.value), "\(M.schema.name).\(column.name)")
            return
        }
        let hits = copy.violations.filter { $0.columns == [column.name] && $0.rule == rule }
        #expect(!hits.isEmpty, "\(M.schema.name).\(column.name) = \(value.displayText) should break \(rule)")
        for hit in hits {
            #expect(hit.value == (column.description.isSecret ? nil : value.displayText))
            #expect(hit.table == M.schema.name)
        }
        #expect(throws: ValidationError.self) { try copy.validate() }
    }

    struct Probe {
        let rule: String
        let passing: SQLValue
        let failing: SQLValue
    }

    static let unknownText = "not_a_listed_value"

    static let formatSamples: [ValueFormat: (valid: String, invalid: String)] = [
        .email: ("olivia.hart@brightloop.io", "olivia.hart at brightloop"),
        .domain: ("mail.acme-growth.com.au", "-acme-.com"),
        .url: ("https://acme-growth.com.au/audit", "acme-growth.com.au/audit"),
        .e164Phone: ("+61412345678", "0412 345 678"),
        .timeZone: ("Australia/Sydney", "Mars/Olympus_Mons"),
    ]

    /// Boundary probes derived from the column's type and rules.
    static func probes(for column: ColumnDescription) -> [Probe] {
        var probes: [Probe] = []
        func typed(_ bound: SQLValue, _ delta: Int64) -> SQLValue? {
            guard case .int(let int) = bound else { return nil }
            switch column.type {
            case .integer, .smallint, .bigint: return .int(int + delta)
            case .doublePrecision: return .double(Double(int) + Double(delta) / 2)
            case .numeric: return .numeric(SQLNumeric(Int(int + delta)))
            default: return nil
            }
        }
        func text(_ value: String) -> SQLValue {
            if case .array = column.type { return .array([.text(value)]) }
            return .text(value)
        }
        for rule in column.rules {
            switch rule {
            case .range(let min, let max):
                if let min, let pass = typed(min, 0), let fail = typed(min, -1) {
                    probes.append(Probe(rule: rule.name, passing: pass, failing: fail))
                }
                if let max, let pass = typed(max, 0), let fail = typed(max, 1) {
                    probes.append(Probe(rule: rule.name, passing: pass, failing: fail))
                }
            case .oneOf(let allowed):
                if let first = allowed.first {
                    probes.append(Probe(rule: rule.name, passing: .text(first), failing: .text(unknownText)))
                }
            case .eachOneOf(let allowed):
                if let first = allowed.first {
                    probes.append(Probe(rule: rule.name, passing: .array([.text(first)]),
                                        failing: .array([.text(first), .text(unknownText)])))
                }
            case .maxLength(let limit):
                probes.append(Probe(rule: rule.name, passing: text(String(repeating: "x", count: limit)),
                                    failing: text(String(repeating: "x", count: limit + 1))))
            case .nonEmpty:
                probes.append(Probe(rule: rule.name, passing: text("x"), failing: text(" \n\t")))
            case .format(let format):
                if let sample = formatSamples[format] {
                    probes.append(Probe(rule: rule.name, passing: text(sample.valid), failing: text(sample.invalid)))
                }
            }
        }
        let enumerated = column.rules.compactMap { rule -> [String]? in
            if case .oneOf(let allowed) = rule { return allowed }
            return nil
        }.first
        switch column.type {
        case .varchar(let limit) where enumerated != nil:
            // Every allowed value must fit; a longer one cannot even be stored in the enum.
            let longest = enumerated?.max { $0.count < $1.count } ?? ""
            probes.append(Probe(rule: "max_length(\(limit))", passing: .text(longest),
                                failing: .text(String(repeating: "x", count: limit + 1))))
        case .varchar(let limit):
            probes.append(Probe(rule: "max_length(\(limit))", passing: .text(String(repeating: "é", count: limit)),
                                failing: .text(String(repeating: "é", count: limit + 1))))
        case .integer:
            probes.append(Probe(rule: "integer_width", passing: .int(Int64(Int32.max)), failing: .int(Int64(Int32.max) + 1)))
        case .numeric(_, let scale):
            let tiny = Decimal(sign: .plus, exponent: -scale, significand: 1)
            let tinier = Decimal(sign: .plus, exponent: -(scale + 1), significand: 1)
            probes.append(Probe(rule: "numeric_scale", passing: .numeric(SQLNumeric(tiny)), failing: .numeric(SQLNumeric(tinier))))
        default:
            break
        }
        return probes
    }
}
