import Foundation

extension TableSchema {
    /// Every rule `row` breaks: nullability, type widths (`varchar(n)`, integer width,
    /// numeric precision and scale), column rules and table checks. Empty when valid.
    /// Nullable columns that no rule or type bounds are not read. O(columns + checks).
    public func violations(of row: Row) -> [Violation] {
        var found: [Violation] = []
        for column in validatedColumns {
            let value = column.value(in: row)
            found.append(contentsOf: violations(of: value, in: column.description))
        }
        for (check, predicate) in compiledChecks {
            guard let compiled = predicate else {
                found.append(Violation(table: name, columns: Array(check.predicate.referencedColumns).sorted(), kind: .check,
                                       rule: check.name, value: nil, message: "check \(check.name) names an unknown column"))
                continue
            }
            if !compiled.accepts(row) {
                found.append(Violation(table: name, columns: Array(check.predicate.referencedColumns).sorted(), kind: .check,
                                       rule: check.name, value: nil, message: check.message))
            }
        }
        return found
    }

    /// `row` unchanged when it breaks no rule.
    ///
    /// - Throws: ``ValidationError`` listing every violation.
    public func validate(_ row: Row) throws {
        let found = violations(of: row)
        if !found.isEmpty { throw ValidationError(table: name, violations: found) }
    }

    /// The violations of one column value.
    public func violations(of value: SQLValue, in column: ColumnDescription) -> [Violation] {
        // The value's text is built only for a violation: rendering every valid value
        // (JSONB included) would dominate the cost of validating a row.
        func violation(_ kind: ViolationKind, _ rule: String, _ message: String) -> Violation {
            Violation(table: name, columns: [column.name], kind: kind, rule: rule,
                      value: column.isSecret ? nil : value.displayText, message: message)
        }
        if value.isNull {
            return column.isNullable ? [] : [violation(.notNull, "not_null", "\(column.name) must not be null")]
        }
        var found: [Violation] = []
        found.append(contentsOf: typeViolations(value, column).map { violation($0.kind, $0.rule, $0.message) })
        for rule in column.rules {
            if let problem = ColumnRuleCheck.problem(rule, value, column: column.name, secret: column.isSecret) {
                found.append(violation(problem.kind, rule.name, problem.message))
            }
        }
        return found
    }

    private func typeViolations(_ value: SQLValue, _ column: ColumnDescription) -> [(kind: ViolationKind, rule: String, message: String)] {
        var shown: String { column.isSecret ? "the value" : value.displayText }
        switch (column.type, value) {
        case (.varchar(let limit), .text(let text)) where text.unicodeScalars.count > limit:
            return [(.maxLength, "max_length(\(limit))", "\(column.name) has \(text.unicodeScalars.count) characters; at most \(limit) allowed")]
        case (let type, .int(let int)):
            if let range = type.integerRange, !range.contains(int) {
                return [(.outOfRange, "integer_width", "\(column.name) = \(shown) does not fit \(type.ddl)")]
            }
        case (.numeric(let precision, let scale), .numeric(let number)):
            if number.scale > scale {
                return [(.outOfRange, "numeric_scale", "\(column.name) = \(shown) has more than \(scale) decimal places")]
            }
            if number.integerDigits > precision - scale {
                return [(.outOfRange, "numeric_precision", "\(column.name) = \(shown) does not fit numeric(\(precision),\(scale))")]
            }
        case (.array(.varchar(let limit)), .array(let items)):
            for case .text(let text) in items where text.unicodeScalars.count > limit {
                return [(.maxLength, "max_length(\(limit))", "an element of \(column.name) is longer than \(limit) characters")]
            }
        default: break
        }
        return []
    }
}

enum ColumnRuleCheck {
    static func problem(_ rule: ColumnRule, _ value: SQLValue, column: String, secret: Bool) -> (kind: ViolationKind, message: String)? {
        var shown: String { secret ? "the value" : value.displayText }
        switch rule {
        case .range(let min, let max):
            if let min, let order = value.compare(to: min), order == .orderedAscending {
                return (.range, "\(column) = \(shown) is below the minimum \(min.displayText)")
            }
            if let max, let order = value.compare(to: max), order == .orderedDescending {
                return (.range, "\(column) = \(shown) is above the maximum \(max.displayText)")
            }
            return nil
        case .oneOf(let allowed):
            guard case .text(let text) = value, !allowed.contains(text) else { return nil }
            return (.allowedValues, "\(column) = \(shown) is not one of \(allowed.joined(separator: ", "))")
        case .eachOneOf(let allowed):
            guard case .array(let items) = value else { return nil }
            for case .text(let text) in items where !allowed.contains(text) {
                return (.allowedValues, "\(column) contains \(secret ? "a value" : text), not one of \(allowed.joined(separator: ", "))")
            }
            return nil
        case .maxLength(let limit):
            guard case .text(let text) = value, text.unicodeScalars.count > limit else { return nil }
            return (.maxLength, "\(column) has \(text.unicodeScalars.count) characters; at most \(limit) allowed")
        case .nonEmpty:
            guard case .text(let text) = value, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return (.empty, "\(column) must not be empty")
        case .format(let format):
            switch value {
            case .text(let text):
                return format.accepts(text) ? nil : (.format, "\(column) = \(shown) is not a valid \(format.rawValue)")
            case .array(let items):
                for case .text(let text) in items where !format.accepts(text) {
                    return (.format, "\(column) contains \(secret ? "a value" : text), not a valid \(format.rawValue)")
                }
                return nil
            default:
                return nil
            }
        }
    }
}

extension Model {
    /// Every rule this value breaks (see ``TableSchema/violations(of:)``); empty when valid.
    public var violations: [Violation] { Self.schema.violations(of: self) }

    /// Whether this value breaks no rule of its table.
    public var isValid: Bool { violations.isEmpty }

    /// Throws when the value breaks any rule.
    ///
    /// - Throws: ``ValidationError`` listing every violation.
    public func validate() throws { try Self.schema.validate(self) }
}
