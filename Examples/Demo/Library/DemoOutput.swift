import AgencyKit
import Foundation

/// Where the demo writes its story, one line at a time.
public struct DemoOutput: Sendable {
    private let write: @Sendable (String) -> Void

    /// A sink calling `write` with each line (without its line break).
    public init(_ write: @escaping @Sendable (String) -> Void) { self.write = write }

    /// Standard output.
    public static let standardOutput = DemoOutput { print($0) }

    /// Writes one line.
    func line(_ text: String = "") { write(text) }

    /// Writes a numbered section heading.
    func section(_ number: Int, _ title: String) {
        line()
        line("\(number). \(title)")
    }

    /// Writes `rows` as columns, each as wide as its widest cell, indented by `indent`.
    func table(_ rows: [[String]], indent: Int = 3) {
        guard let columns = rows.map(\.count).max() else { return }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            let text = String(repeating: " ", count: indent) + cells.joined(separator: "  ")
            line(String(text.reversed().drop { $0 == " " }.reversed()))
        }
    }
}

/// Text formats of the demo's output: fixed, locale-independent, so output is identical everywhere.
enum DemoFormat {
    /// `1234567` → `1,234,567`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `0.1234` → `12.3%`.
    static func percent(_ value: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)f%%", value * 100)
    }

    /// `value` with `digits` decimals.
    static func decimal(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// `1.8` → `1.80×`.
    static func lift(_ value: Double?) -> String {
        value.map { String(format: "%.2f×", $0) } ?? "—"
    }

    /// A bar of `value / total` of `width` characters.
    static func bar(_ value: Int, of total: Int, width: Int = 30) -> String {
        guard total > 0 else { return "" }
        let filled = Int((Double(value) / Double(total) * Double(width)).rounded())
        return String(repeating: "█", count: filled)
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// `Mon 5 Jan`.
    static func day(_ date: LocalDate) -> String {
        let parts = date.components
        return "\(weekdayNames[date.isoWeekday - 1]) \(parts.day) \(monthNames[parts.month - 1])"
    }

    /// `Mon 5 Jan 2026, 09:00 UTC`.
    static func instant(_ time: Timestamp) -> String {
        let clock = time.utcTimeOfDay
        return "\(day(time.utcDate)) \(time.utcDate.components.year), "
            + String(format: "%02d:%02d UTC", clock.hour, clock.minute)
    }

    /// `text` padded with spaces to `width` characters, on the left when `right` is true.
    static func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    /// A person's name from optional parts.
    static func name(_ first: String?, _ last: String?) -> String {
        [first, last].compactMap { $0 }.joined(separator: " ")
    }

    /// `text` cut to `length` characters with an ellipsis.
    static func clipped(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
