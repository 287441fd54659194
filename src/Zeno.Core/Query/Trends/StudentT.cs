namespace Zeno.Core.Query.Trends;

/// <summary>Tail areas of Student's t distribution.</summary>
internal static class StudentT
{
    /// <summary>
    /// P(|T| ≥ |t|) for T with <paramref name="degreesOfFreedom"/> degrees of freedom: the two-sided p-value of a t
    /// statistic. Uses P(|T| ≥ |t|) = I_{ν/(ν + t²)}(ν/2, 1/2). An infinite t (a perfect fit) gives 0.
    /// </summary>
    public static double TwoSidedP(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t))
            throw new ArgumentOutOfRangeException(nameof(t), t, "The t statistic is not a number.");
        if (!(degreesOfFreedom > 0))
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Student's t needs positive degrees of freedom.");
        if (double.IsInfinity(t))
            return 0;
        var x = degreesOfFreedom / (degreesOfFreedom + t * t);
        return Math.Clamp(SpecialFunctions.RegularizedBeta(x, degreesOfFreedom / 2, 0.5), 0, 1);
    }
}
