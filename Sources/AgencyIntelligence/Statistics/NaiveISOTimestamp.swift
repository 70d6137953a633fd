import AgencyCore

extension Timestamp {
    /// The instant as Python's `datetime.utcnow().isoformat()` prints it: UTC, no offset,
    /// microseconds only when non-zero (`2026-01-23T10:15:30` or `2026-01-23T10:15:30.000120`).
    /// Patterns store `computed_at` in this form.
    public var naiveISOText: String {
        let date = utcDate.components
        let micros = microsecondsSinceEpoch - utcDate.startOfDayUTC.microsecondsSinceEpoch
        let seconds = micros / 1_000_000
        let fraction = micros % 1_000_000
        var text = "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))T"
        text += "\(pad(Int(seconds / 3600), 2)):\(pad(Int(seconds / 60 % 60), 2)):\(pad(Int(seconds % 60), 2))"
        if fraction != 0 { text += ".\(pad(Int(fraction), 6))" }
        return text
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
