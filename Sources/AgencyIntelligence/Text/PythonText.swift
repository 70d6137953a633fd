/// Python string operations whose exact behaviour the reference's output depends on.
enum PythonText {
    /// Python's `str.title()`: a cased character becomes title case when the previous
    /// character is not cased, lower case otherwise ("head of growth" → "Head Of Growth",
    /// "o'neil" → "O'Neil", "3rd" → "3Rd").
    static func titleCased(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousIsCased = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let cased = properties.isCased
            if cased {
                result += previousIsCased ? properties.lowercaseMapping : properties.titlecaseMapping
            } else {
                result.unicodeScalars.append(scalar)
            }
            previousIsCased = cased
        }
        return result
    }

    /// Python's `len(text.split())`: the number of runs of non-whitespace characters.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Python's `str.isspace()` for one character.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
