/// The skeleton `nonlin new ID` writes: every field, each explained, ready to fill in.
public enum ActivationScaffold {
    public static func text(id: String) -> String {
        let name = id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return """
        ---
        # Display name, as papers and frameworks write it.
        name: \(name)
        # Optional: the name spelt out, and other names people use.
        full_name: \(name)
        aliases: []
        # The formula, in Nonlin's formula language (see README.md): numbers, x, parameters,
        # + - * / ^, and functions such as exp, tanh, sigmoid, softplus, Phi, max, if(cond, a, b).
        formula: max(0, x)
        # Tunable parameters used in the formula, each with a default, e.g.
        #   alpha: {default: 1.0, symbol: "α", description: "scale for x < 0", learnable: false, range: [0.1, 3]}
        # (range: the values the page's explorer slider offers)
        parameters: {}
        # The paper that introduced it.
        year: 2024
        paper:
          title: Title of the paper
          authors: First Author, Second Author
          url: https://arxiv.org/abs/0000.00000
        # Exact names and default arguments in each framework (omit a framework that lacks it).
        frameworks: {}
        # Ids of related activations (file names without .md).
        related: []
        # Optional plot window: plot: {x: [-5, 5], y: [-1, 5]}
        ---

        One or two paragraphs: what \(name) does, in plain words.

        ## Problem it solves

        What went wrong before it, and how it helps.

        ## Pros

        - A strength

        ## Cons

        - A weakness

        ## When to use

        Where it is a good default, and where it is not.

        ## Used in

        - A model or paper that uses it

        """
    }
}
