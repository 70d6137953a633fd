/// The reference's median: element `count / 2` of the sorted values (the upper median for
/// an even count), found by selection in linear time without sorting.
enum UpperMedian {
    /// The upper median of `values` (reordered in place), or `nil` when empty.
    static func of(_ values: inout [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let target = values.count / 2
        var low = 0
        var high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            // Median-of-three pivot, deterministic.
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[middle] { values.swapAt(high, middle) }
            let pivot = values[middle]
            var left = low
            var right = high
            while left <= right {
                while values[left] < pivot { left += 1 }
                while values[right] > pivot { right -= 1 }
                if left <= right {
                    values.swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            if target <= right {
                high = right
            } else if target >= left {
                low = left
            } else {
                return values[target]
            }
        }
        return values[target]
    }
}
