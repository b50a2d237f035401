/**
 * Dense Cholesky factorization and the inverse built from it, in float64 on row-major n x n Float64Arrays: the
 * linear algebra GPTQ needs (torch.linalg.cholesky, torch.cholesky_inverse, and the upper factor).
 */

/** Lower-triangular L with A = L L^T; throws when A is not positive definite. */
export function choleskyLower(a: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let diag = a[j * n + j] as number;
    for (let k = 0; k < j; k++) diag -= (l[j * n + k] as number) ** 2;
    if (!(diag > 0)) throw new Error(`matrix is not positive definite (pivot ${diag} at column ${j}) in choleskyLower()`);
    const ljj = Math.sqrt(diag);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * n + k] as number) * (l[j * n + k] as number);
      l[i * n + j] = s / ljj;
    }
  }
  return l;
}

/** A^-1 from the lower factor L of A (torch.cholesky_inverse): solve L Y = I, then A^-1 = Y^T Y. */
export function choleskyInverse(l: Float64Array, n: number): Float64Array {
  const y = new Float64Array(n * n); // y = L^-1, lower triangular
  for (let c = 0; c < n; c++) {
    for (let i = c; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= (l[i * n + k] as number) * (y[k * n + c] as number);
      y[i * n + c] = s / (l[i * n + i] as number);
    }
  }
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += (y[k * n + i] as number) * (y[k * n + j] as number);
      inv[i * n + j] = s;
      inv[j * n + i] = s;
    }
  }
  return inv;
}

/** Upper-triangular U with A = U^T U (torch.linalg.cholesky(A, upper=True)). */
export function choleskyUpper(a: Float64Array, n: number): Float64Array {
  const l = choleskyLower(a, n);
  const u = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) u[j * n + i] = l[i * n + j] as number;
  return u;
}
