/// The sort values of a list of rows, read once, and the row order they define.
///
/// Not generic over the row type, so its comparisons compile to direct array reads: sorting
/// through a closure generic over the row looked up type metadata on every comparison.
struct SortKeyTable {
    /// Row-major: the values of row `i` are `values[i * width ..< (i + 1) * width]`.
    private let values: [SQLValue]
    private let directions: [SortDirection]
    private let width: Int
    /// The number of rows.
    let count: Int

    init(values: [SQLValue], directions: [SortDirection]) {
        self.values = values
        self.directions = directions
        width = directions.count
        count = width == 0 ? 0 : values.count / width
    }

    /// Whether row `lhs` comes strictly before row `rhs` (nulls last ascending, first
    /// descending).
    func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let left = lhs * width
        let right = rhs * width
        for column in 0..<width {
            let a = values[left + column]
            let b = values[right + column]
            let ascending = directions[column] == .ascending
            switch (a.isNull, b.isNull) {
            case (true, true): continue
            case (true, false): return !ascending
            case (false, true): return ascending
            case (false, false):
                if a == b { continue }
                return ascending ? a.sortsBefore(b) : b.sortsBefore(a)
            }
        }
        return false
    }

    /// Whether row `lhs` comes before row `rhs`, equal rows in their input order.
    func before(_ lhs: Int, _ rhs: Int) -> Bool {
        if precedes(lhs, rhs) { return true }
        return lhs < rhs && !precedes(rhs, lhs)
    }

    /// Every row index in order. O(n log n).
    func sortedIndices() -> [Int] {
        (0..<count).sorted(by: before)
    }

    /// The first `kept` row indices in order: a sorted buffer that an index enters only when
    /// it comes before the buffer's last index. O(n log k).
    func firstIndices(_ kept: Int) -> [Int] {
        var buffer: [Int] = []
        guard kept > 0 else { return buffer }
        buffer.reserveCapacity(kept + 1)
        for index in 0..<count {
            if buffer.count == kept {
                guard let last = buffer.last, before(index, last) else { continue }
                buffer.removeLast()
            }
            var low = 0
            var high = buffer.count
            while low < high {
                let middle = (low + high) / 2
                if before(index, buffer[middle]) { high = middle } else { low = middle + 1 }
            }
            buffer.insert(index, at: low)
        }
        return buffer
    }
}
