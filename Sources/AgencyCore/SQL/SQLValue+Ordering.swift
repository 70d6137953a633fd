import Foundation

extension SQLValue {
    /// SQL comparison: the order of two non-null values of comparable kinds, or `nil` when
    /// either is `NULL` or the kinds cannot be compared (the SQL result "unknown").
    public func compare(to other: SQLValue) -> ComparisonResult? {
        switch (self, other) {
        case (.null, _), (_, .null): return nil
        case (.bool(let a), .bool(let b)): return order(a == b ? 0 : (a ? 1 : -1))
        case (.int(let a), .int(let b)): return order(a < b ? -1 : (a > b ? 1 : 0))
        case (.text(let a), .text(let b)): return SQLValue.compareBytes(a, b)
        case (.uuid(let a), .uuid(let b)): return SQLValue.compareUUID(a, b)
        case (.timestamp(let a), .timestamp(let b)): return order(a < b ? -1 : (a > b ? 1 : 0))
        case (.date(let a), .date(let b)): return order(a < b ? -1 : (a > b ? 1 : 0))
        case (.time(let a), .time(let b)): return order(a < b ? -1 : (a > b ? 1 : 0))
        case (.date(let a), .timestamp(let b)): return SQLValue.timestamp(a.startOfDayUTC).compare(to: .timestamp(b))
        case (.timestamp(let a), .date(let b)): return SQLValue.timestamp(a).compare(to: .timestamp(b.startOfDayUTC))
        case (.array(let a), .array(let b)): return SQLValue.compareArrays(a, b)
        default:
            // PostgreSQL compares float8 with int or numeric as float8 (the other side is cast).
            if case .double(let x) = self, let y = other.comparableDouble { return SQLValue.compareDoubles(x, y) }
            if let x = comparableDouble, case .double(let y) = other { return SQLValue.compareDoubles(x, y) }
            if let a = numericValue, let b = other.numericValue {
                return order(a < b ? -1 : (a > b ? 1 : 0))
            }
            return nil
        }
    }

    /// The number as PostgreSQL casts it to `float8` (correctly rounded), or `nil`.
    var comparableDouble: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        case .numeric(let value): return value.doubleValue
        default: return nil
        }
    }

    /// PostgreSQL's `float8` order: `NaN` equals `NaN` and sorts above every other value,
    /// and `-0` equals `0`.
    static func compareDoubles(_ x: Double, _ y: Double) -> ComparisonResult {
        switch (x.isNaN, y.isNaN) {
        case (true, true): return .orderedSame
        case (true, false): return .orderedDescending
        case (false, true): return .orderedAscending
        case (false, false): return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
        }
    }

    /// A total order for sorting non-null values: comparable values by ``compare(to:)``,
    /// others by kind, so sorting never traps on mixed input.
    public func sortsBefore(_ other: SQLValue) -> Bool {
        if let result = compare(to: other) { return result == .orderedAscending }
        return kindRank < other.kindRank
    }

    /// The value as an exact decimal when it is a number.
    public var numericValue: Decimal? {
        switch self {
        case .int(let value): return Decimal(value)
        case .double(let value): return value.isFinite ? Decimal(value) : nil
        case .numeric(let value): return value.decimal
        default: return nil
        }
    }

    private var kindRank: Int {
        switch self {
        case .null: return 0
        case .bool: return 1
        case .int, .double, .numeric: return 2
        case .text: return 3
        case .uuid: return 4
        case .date, .timestamp: return 5
        case .time: return 6
        case .json: return 7
        case .array: return 8
        }
    }

    private func order(_ sign: Int) -> ComparisonResult {
        sign < 0 ? .orderedAscending : (sign > 0 ? .orderedDescending : .orderedSame)
    }

    static func compareBytes(_ a: String, _ b: String) -> ComparisonResult {
        var left = a.utf8.makeIterator()
        var right = b.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return .orderedSame
            case (nil, _): return .orderedAscending
            case (_, nil): return .orderedDescending
            case (let x?, let y?):
                if x != y { return x < y ? .orderedAscending : .orderedDescending }
            }
        }
    }

    static func compareUUID(_ a: UUID, _ b: UUID) -> ComparisonResult {
        withUnsafeBytes(of: a.uuid) { left in
            withUnsafeBytes(of: b.uuid) { right in
                for index in 0..<16 where left[index] != right[index] {
                    return left[index] < right[index] ? .orderedAscending : .orderedDescending
                }
                return .orderedSame
            }
        }
    }

    static func compareArrays(_ a: [SQLValue], _ b: [SQLValue]) -> ComparisonResult? {
        for (x, y) in zip(a, b) {
            guard let result = x.compare(to: y) else { return nil }
            if result != .orderedSame { return result }
        }
        return a.count == b.count ? .orderedSame : (a.count < b.count ? .orderedAscending : .orderedDescending)
    }
}
