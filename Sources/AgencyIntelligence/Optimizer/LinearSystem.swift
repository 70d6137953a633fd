/// Gaussian elimination with partial pivoting for the small KKT systems of the optimiser.
enum LinearSystem {
    /// The solution of `matrix · x = rhs` (row-major square matrix), or `nil` when singular.
    static func solve(_ matrix: [Double], _ rhs: [Double]) -> [Double]? {
        let n = rhs.count
        guard n > 0, matrix.count == n * n else { return nil }
        var a = matrix
        var b = rhs
        let scale = max(a.map { Swift.abs($0) }.max() ?? 0, 1e-300)
        for column in 0..<n {
            var pivot = column
            for row in (column + 1)..<n where Swift.abs(a[row * n + column]) > Swift.abs(a[pivot * n + column]) {
                pivot = row
            }
            guard Swift.abs(a[pivot * n + column]) > scale * 1e-12 else { return nil }
            if pivot != column {
                for k in 0..<n { a.swapAt(pivot * n + k, column * n + k) }
                b.swapAt(pivot, column)
            }
            let diagonal = a[column * n + column]
            for row in (column + 1)..<n {
                let factor = a[row * n + column] / diagonal
                guard factor != 0 else { continue }
                for k in column..<n { a[row * n + k] -= factor * a[column * n + k] }
                b[row] -= factor * b[column]
            }
        }
        var x = Array(repeating: 0.0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<n { sum -= a[row * n + k] * x[k] }
            x[row] = sum / a[row * n + row]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
