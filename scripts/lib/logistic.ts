/**
 * L2-regularised, weighted logistic regression fitted by Newton's method (iteratively
 * reweighted least squares), the linear algebra done by ml-matrix. Small and deterministic: the
 * same rows in the same order give the same coefficients, bit for bit.
 *
 * Minimises  −Σ w_i [y_i ln p_i + (1 − y_i) ln(1 − p_i)] + ½ Σ_j λ_j β_j²,  p_i = σ(x_i · β),
 * where λ_j is the penalty of column j (0 for the intercept: its level is not shrunk).
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';

export interface LogisticOptions {
  /** Penalty of each column (same length as a row). */
  readonly penalties: readonly number[];
  /** Newton steps at most. */
  readonly maxIterations?: number;
  /** Stop when no coefficient moves by more than this. */
  readonly tolerance?: number;
}

export interface LogisticFit {
  readonly coefficients: number[];
  readonly iterations: number;
  readonly converged: boolean;
  /** Weighted mean log-loss on the training rows (penalty excluded). */
  readonly logLoss: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], weights: readonly number[], options: LogisticOptions): LogisticFit {
  const n = rows.length;
  const d = options.penalties.length;
  if (n === 0) throw new Error('fitLogistic: no rows');
  if (rows.some((r) => r.length !== d)) throw new Error('fitLogistic: every row needs one value per penalty');
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-9;
  const beta = new Array<number>(d).fill(0);
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations && !converged; iterations++) {
    // Gradient of the penalised log-likelihood and the Hessian of its negative.
    const gradient = new Array<number>(d).fill(0);
    const hessian = new Matrix(d, d);
    for (let i = 0; i < n; i++) {
      const x = rows[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += x[j]! * beta[j]!;
      const p = sigmoid(z);
      const residual = weights[i]! * (labels[i]! - p);
      const curvature = weights[i]! * p * (1 - p);
      for (let j = 0; j < d; j++) {
        if (x[j] === 0) continue;
        gradient[j]! += residual * x[j]!;
        for (let k = j; k < d; k++) if (x[k] !== 0) hessian.set(j, k, hessian.get(j, k) + curvature * x[j]! * x[k]!);
      }
    }
    for (let j = 0; j < d; j++) {
      gradient[j]! -= options.penalties[j]! * beta[j]!;
      hessian.set(j, j, hessian.get(j, j) + options.penalties[j]! + 1e-9);
      for (let k = 0; k < j; k++) hessian.set(j, k, hessian.get(k, j));
    }
    const step = new CholeskyDecomposition(hessian).solve(Matrix.columnVector(gradient)).to1DArray();
    let moved = 0;
    for (let j = 0; j < d; j++) {
      beta[j]! += step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    converged = moved < tolerance;
  }
  let loss = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let j = 0; j < d; j++) z += rows[i]![j]! * beta[j]!;
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(z)));
    loss -= weights[i]! * (labels[i]! ? Math.log(p) : Math.log(1 - p));
    total += weights[i]!;
  }
  return { coefficients: beta, iterations, converged, logLoss: loss / total };
}
