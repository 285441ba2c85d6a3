/**
 * Floyd & Rivest's SELECT (CACM 18(3), 1975), as in simple-statistics'
 * `quickselect`, on a Float64Array: afterwards `a[k]` holds the value of rank
 * `k` within `a[left … right]`, smaller values before it, larger after.
 * Typed, because the generic version handed a typed array as a number[]
 * runs several times slower here.
 *
 * @example select(xs, 500, 0, xs.length - 1); xs[500] // the 501st smallest
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      // Recurse on a sample to bring the pivot close to rank k (constants from the paper).
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      let sd = 0.5 * Math.sqrt((z * s * (n - s)) / n);
      if (m - n / 2 < 0) sd = -sd;
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(a, k, newLeft, newRight);
    }
    const t = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < t) i++;
      while (a[j]! > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const tmp = a[i]!;
  a[i] = a[j]!;
  a[j] = tmp;
}
