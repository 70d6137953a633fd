/// One record of a CSV file with the physical line it starts on.
public struct CSVRecord: Hashable, Sendable {
    /// The 1-based line where the record starts (a quoted field may span lines).
    public let line: Int
    /// The fields, unquoted.
    public let fields: [String]
}

/// Why a CSV record could not be read.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line where the bad record starts.
    public let line: Int
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

/// An RFC 4180 CSV reader: comma-separated fields, double-quoted fields that may hold
/// commas, quotes (`""`) and line breaks, LF or CRLF line ends, an optional UTF-8 BOM.
/// Blank lines are skipped.
public struct CSVReader: Sendable {
    private let text: String

    /// A reader over `text`.
    public init(text: String) { self.text = text }

    /// Every record, or the error of an unreadable one; reading continues after an error
    /// at the next line, so one bad record never loses the good ones. O(characters).
    public func records() -> [Result<CSVRecord, CSVError>] {
        var results: [Result<CSVRecord, CSVError>] = []
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        var line = 1
        while index < scalars.count {
            let start = line
            var fields: [String] = []
            var field = String.UnicodeScalarView()
            var inQuotes = false
            var quotedField = false
            var error: String?
            var atRecordEnd = false
            while index < scalars.count && !atRecordEnd {
                let scalar = scalars[index]
                index += 1
                if inQuotes {
                    if scalar == "\"" {
                        if index < scalars.count && scalars[index] == "\"" {
                            field.append("\"")
                            index += 1
                        } else {
                            inQuotes = false
                        }
                    } else {
                        if scalar == "\n" { line += 1 }
                        field.append(scalar)
                    }
                    continue
                }
                switch scalar {
                case ",":
                    fields.append(String(field))
                    field = String.UnicodeScalarView()
                    quotedField = false
                case "\r" where index < scalars.count && scalars[index] == "\n":
                    index += 1
                    line += 1
                    atRecordEnd = true
                case "\n":
                    line += 1
                    atRecordEnd = true
                case "\"":
                    if field.isEmpty && !quotedField {
                        inQuotes = true
                        quotedField = true
                    } else if error == nil {
                        error = "a quote inside an unquoted field"
                    }
                default:
                    if quotedField, error == nil { error = "text after a closing quote" }
                    field.append(scalar)
                }
            }
            if inQuotes {
                results.append(.failure(CSVError(line: start, message: "a quoted field is never closed")))
                break
            }
            fields.append(String(field))
            if fields.count == 1 && fields[0].isEmpty && !quotedField { continue }
            if let error {
                results.append(.failure(CSVError(line: start, message: error)))
            } else {
                results.append(.success(CSVRecord(line: start, fields: fields)))
            }
        }
        return results
    }
}
