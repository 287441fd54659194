using System.Collections.Frozen;

namespace SpamFilter;

/// <summary>
/// A multinomial naive-Bayes text classifier for two classes: every token of an e-mail is evidence for spam or ham,
/// weighed by how much more often it occurs in one class than in the other during training.
/// </summary>
/// <remarks>
/// Immutable once trained, so one instance can classify from any number of threads at once.
/// </remarks>
public sealed class NaiveBayes
{
    // Per token: log P(token | spam) - log P(token | ham). Summing these over an e-mail's tokens is all that
    // classifying takes, because the two classes' log-probabilities are only ever compared.
    private readonly FrozenDictionary<string, double> _tokenEvidence;
    private readonly double _priorEvidence; // log P(spam) - log P(ham)

    private NaiveBayes(FrozenDictionary<string, double> tokenEvidence, double priorEvidence)
    {
        _tokenEvidence = tokenEvidence;
        _priorEvidence = priorEvidence;
    }

    /// <summary>The number of distinct tokens seen in training.</summary>
    public int VocabularySize => _tokenEvidence.Count;

    /// <summary>Counts the tokens of each class. <paramref name="smoothing"/> is Laplace's pseudo-count (1: add-one).</summary>
    public static NaiveBayes Train(IEnumerable<(string Text, bool IsSpam)> emails, double smoothing = 1.0)
    {
        var spamCounts = new Dictionary<string, int>();
        var hamCounts = new Dictionary<string, int>();
        long spamTokens = 0, hamTokens = 0;
        int spamEmails = 0, hamEmails = 0;
        foreach (var (text, isSpam) in emails)
        {
            var counts = isSpam ? spamCounts : hamCounts;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
                if (isSpam) spamTokens++; else hamTokens++;
            }
            if (isSpam) spamEmails++; else hamEmails++;
        }
        if (spamEmails == 0 || hamEmails == 0)
            throw new ArgumentException($"naive Bayes needs both classes to train; got {spamEmails} spam and {hamEmails} ham e-mails");

        // Laplace smoothing: every token of the vocabulary gets `smoothing` extra occurrences in each class, so a word
        // never seen in one class lowers its probability there instead of making it zero (log 0 = -infinity).
        var vocabulary = spamCounts.Keys.Union(hamCounts.Keys).ToList();
        var spamDenominator = Math.Log(spamTokens + smoothing * vocabulary.Count);
        var hamDenominator = Math.Log(hamTokens + smoothing * vocabulary.Count);
        var evidence = vocabulary.ToFrozenDictionary(
            token => token,
            token => Math.Log(spamCounts.GetValueOrDefault(token) + smoothing) - spamDenominator
                   - (Math.Log(hamCounts.GetValueOrDefault(token) + smoothing) - hamDenominator));
        return new NaiveBayes(evidence, Math.Log(spamEmails) - Math.Log(hamEmails));
    }

    /// <summary>P(spam | text). Tokens never seen in training carry no evidence and are skipped.</summary>
    public double SpamProbability(string text)
    {
        var logOdds = _priorEvidence;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (_tokenEvidence.TryGetValue(token, out var evidence))
                logOdds += evidence;
        }
        // P(spam) / P(ham) = e^logOdds, and the two add up to 1: the logistic function.
        return 1.0 / (1.0 + Math.Exp(-logOdds));
    }
}
