package nl.cjg.core.stats;

/**
 * The standard normal distribution: its density, cumulative distribution function, tails and
 * quantiles, and the complementary error function they rest on.
 *
 * <p>{@link #erfc} follows W. J. Cody, "Rational Chebyshev approximations for the error function",
 * <i>Mathematics of Computation</i> 23 (1969), pp. 631–637, in the form of his routine CALERF
 * (SPECFUN, Argonne National Laboratory, 1990): a rational function in {@code x²} for
 * {@code |x| <= 0.46875}, a rational function in {@code x} times {@code exp(-x²)} up to 4, and one
 * in {@code 1/x²} beyond; {@code exp(-x²)} is evaluated in two parts to keep its relative
 * accuracy. The approximations are near-minimax to at least 18 significant digits, so in double
 * precision the relative error is a few units in the last place, in the far tails too (where
 * {@code 1 - cdf(z)} would lose every digit; use {@link #upperTail}). {@link #quantile} solves
 * {@code cdf(z) = p} by Newton's method from the rational starting value of Abramowitz and Stegun
 * 26.2.23.
 *
 * <p>This class is stateless and thread-safe.
 */
final class NormalDistribution {
  private static final double[] A = {
    3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02, 3.20937758913846947e03,
    1.85777706184603153e-1
  };
  private static final double[] B = {
    2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03
  };
  private static final double[] C = {
    5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01, 2.98635138197400131e02,
    8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
    2.15311535474403846e-8
  };
  private static final double[] D = {
    1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02, 1.62138957456669019e03,
    3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03
  };
  private static final double[] P = {
    3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2,
    6.58749161529837803e-4, 1.63153871373020978e-2
  };
  private static final double[] Q = {
    2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1, 6.05183413124413191e-2,
    2.33520497626869185e-3
  };
  private static final double ONE_OVER_SQRT_PI = 5.6418958354775628695e-1;
  private static final double SQRT_2 = 1.4142135623730950488;
  private static final double ONE_OVER_SQRT_2PI = 3.9894228040143267794e-1;
  /** Above this argument erfc underflows to 0 in double precision. */
  private static final double ERFC_ZERO_FROM = 26.543;

  private NormalDistribution() {}

  /**
   * The complementary error function {@code erfc(x) = 1 - erf(x)}.
   *
   * @param x any number
   * @return a value in {@code [0, 2]}; NaN for NaN
   */
  public static double erfc(double x) {
    double y = Math.abs(x);
    double result;
    if (y <= 0.46875) {
      double ysq = y * y;
      double numerator = A[4] * ysq;
      double denominator = ysq;
      for (int i = 0; i < 3; i++) {
        numerator = (numerator + A[i]) * ysq;
        denominator = (denominator + B[i]) * ysq;
      }
      return 1 - x * (numerator + A[3]) / (denominator + B[3]);
    } else if (y <= 4) {
      double numerator = C[8] * y;
      double denominator = y;
      for (int i = 0; i < 7; i++) {
        numerator = (numerator + C[i]) * y;
        denominator = (denominator + D[i]) * y;
      }
      result = expMinusSquare(y) * (numerator + C[7]) / (denominator + D[7]);
    } else if (y >= ERFC_ZERO_FROM) {
      result = 0;
    } else {
      double ysq = 1 / (y * y);
      double numerator = P[5] * ysq;
      double denominator = ysq;
      for (int i = 0; i < 4; i++) {
        numerator = (numerator + P[i]) * ysq;
        denominator = (denominator + Q[i]) * ysq;
      }
      result = ysq * (numerator + P[4]) / (denominator + Q[4]);
      result = expMinusSquare(y) * (ONE_OVER_SQRT_PI - result) / y;
    }
    return x < 0 ? 2 - result : result;
  }

  /** {@code exp(-y²)}, with {@code y²} split into an exactly representable part and the rest. */
  private static double expMinusSquare(double y) {
    double head = Math.floor(y * 16) / 16;
    double rest = (y - head) * (y + head);
    return Math.exp(-head * head) * Math.exp(-rest);
  }

  /**
   * The standard normal density.
   *
   * @param z any number
   * @return {@code exp(-z²/2) / sqrt(2 pi)}
   */
  public static double density(double z) {
    return ONE_OVER_SQRT_2PI * Math.exp(-0.5 * z * z);
  }

  /**
   * The cumulative distribution function {@code P(Z <= z)}, accurate in the lower tail.
   *
   * @param z any number
   * @return a probability in {@code [0, 1]}
   */
  public static double cdf(double z) {
    return 0.5 * erfc(-z / SQRT_2);
  }

  /**
   * The upper tail {@code P(Z > z) = 1 - cdf(z)}, accurate in the upper tail.
   *
   * @param z any number
   * @return a probability in {@code [0, 1]}
   */
  public static double upperTail(double z) {
    return 0.5 * erfc(z / SQRT_2);
  }

  /**
   * The two-sided p-value of a standard normal test statistic: {@code P(|Z| >= |z|)}.
   *
   * @param z the statistic
   * @return a probability in {@code [0, 1]}
   */
  public static double twoSidedPValue(double z) {
    return erfc(Math.abs(z) / SQRT_2);
  }

  /**
   * The quantile: the {@code z} with {@code cdf(z) = p}, such as 1.959963984540054 for 0.975.
   *
   * @param p a probability strictly between 0 and 1, at least {@code 1e-300} from either end
   * @return the quantile
   * @throws IllegalArgumentException when {@code p} is not strictly between 0 and 1
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a quantile needs a probability strictly between 0 and 1");
    }
    if (p == 0.5) {
      return 0;
    }
    double tail = Math.min(p, 1 - p);
    double t = Math.sqrt(-2 * Math.log(tail));
    double numerator = 2.515517 + 0.802853 * t + 0.010328 * t * t;
    double denominator = 1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t;
    double z = -(t - numerator / denominator);
    for (int i = 0; i < 100; i++) {
      double slope = density(z);
      if (slope == 0) {
        break;
      }
      double step = (cdf(z) - tail) / slope;
      z -= step;
      if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) {
        break;
      }
    }
    return p < 0.5 ? z : -z;
  }
}
