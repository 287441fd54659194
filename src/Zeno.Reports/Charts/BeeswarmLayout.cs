namespace Zeno.Reports.Charts;

/// <summary>
/// Places the points of one beeswarm group: each point keeps its position along the value axis and moves sideways
/// from the group's centre line just as far as it must to touch, not overlap, the points already placed. Points are
/// placed in value order, so the swarm grows outwards evenly. Pure and deterministic.
/// </summary>
internal static class BeeswarmLayout
{
    /// <summary>The sideways offset of each point (same order as <paramref name="positions"/>), for circles of <paramref name="radius"/>.</summary>
    public static float[] Offsets(IReadOnlyList<float> positions, float radius)
    {
        var diameter = 2 * radius;
        var offsets = new float[positions.Count];
        var placed = new List<int>();
        var order = Enumerable.Range(0, positions.Count).OrderBy(i => positions[i]).ThenBy(i => i);
        foreach (var i in order)
        {
            var y = positions[i];
            // Candidates: the centre line, and each spot touching a placed neighbour within reach.
            var candidates = new List<float> { 0 };
            foreach (var j in placed)
            {
                var dy = y - positions[j];
                if (Math.Abs(dy) >= diameter) continue;
                var dx = MathF.Sqrt(diameter * diameter - dy * dy);
                candidates.Add(offsets[j] - dx);
                candidates.Add(offsets[j] + dx);
            }
            offsets[i] = candidates
                .OrderBy(Math.Abs).ThenBy(x => x)
                .First(x => placed.All(j => Free(x, y, offsets[j], positions[j], diameter)));
            placed.Add(i);
        }
        return offsets;
    }

    /// <summary>How far the swarm reaches from its centre line, circles included.</summary>
    public static float HalfWidth(float[] offsets, float radius) => offsets.Length == 0 ? 0 : offsets.Max(Math.Abs) + radius;

    // A small tolerance: a candidate computed to touch a neighbour must not be rejected for a rounding error.
    private static bool Free(float x, float y, float otherX, float otherY, float diameter)
    {
        float dx = x - otherX, dy = y - otherY;
        return dx * dx + dy * dy >= diameter * diameter * 0.999f;
    }
}
