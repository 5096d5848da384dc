/// Recorded by RenderingGoldenTests with NONLIN_RECORD_GOLDEN=1; checked by eye.
let renderingGolden = ##"""
formula: x
plain: x
latex: x
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>x</mi></math>
derivative: 1
derivative-latex: 1
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mn>1</mn></math>

formula: if(x >= 0, 1, 0)
plain: {1 if x ≥ 0; 0 otherwise}
latex: \begin{cases} 1 & \text{if } x \ge 0 \\ 0 & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>
derivative: 0
derivative-latex: 0
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mn>0</mn></math>

formula: sigmoid(x)
plain: σ(x)
latex: \sigma(x)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></math>
derivative: σ(x)(1 − σ(x))
derivative-latex: \sigma(x) (1 - \sigma(x))
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>−</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></math>

formula: tanh(x)
plain: tanh(x)
latex: \tanh(x)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>tanh</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></math>
derivative: 1 − tanh²(x)
derivative-latex: 1 - \tanh^{2}(x)
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mn>1</mn><mo>−</mo><mrow><msup><mi>tanh</mi><mn>2</mn></msup><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></mrow></math>

formula: max(0, x)
plain: max(0, x)
latex: \max(0, x)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>max</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mn>0</mn><mo separator="true">,</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></math>
derivative: {1 if x > 0; 0 otherwise}
derivative-latex: \begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: if(x >= 0, x, negative_slope * x)
plain: {x if x ≥ 0; αx otherwise}
latex: \begin{cases} x & \text{if } x \ge 0 \\ \alpha x & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mi>x</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mrow><mi>α</mi><mo>&#x2062;</mo><mi>x</mi></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>
derivative: {1 if x ≥ 0; α otherwise}
derivative-latex: \begin{cases} 1 & \text{if } x \ge 0 \\ \alpha & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mi>α</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: if(x >= 0, x, a * x)
plain: {x if x ≥ 0; ax otherwise}
latex: \begin{cases} x & \text{if } x \ge 0 \\ a x & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mi>x</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mrow><mi>a</mi><mo>&#x2062;</mo><mi>x</mi></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>
derivative: {1 if x ≥ 0; a otherwise}
derivative-latex: \begin{cases} 1 & \text{if } x \ge 0 \\ a & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mi>a</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: max(0, x) + b
plain: max(0, x) + b
latex: \max(0, x) + b
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mi>max</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mn>0</mn><mo separator="true">,</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow><mo>+</mo><mi>b</mi></mrow></math>
derivative: {1 if x > 0; 0 otherwise}
derivative-latex: \begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: if(x > 0, x, alpha * expm1(x))
plain: {x if x > 0; α(exp(x) − 1) otherwise}
latex: \begin{cases} x & \text{if } x > 0 \\ \alpha (e^{x} - 1) & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mi>x</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mrow><mi>α</mi><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><msup><mi>e</mi><mi>x</mi></msup><mo>−</mo><mn>1</mn></mrow><mo stretchy="false">)</mo></mrow></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>
derivative: {1 if x > 0; α·exp(x) otherwise}
derivative-latex: \begin{cases} 1 & \text{if } x > 0 \\ \alpha e^{x} & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mrow><mi>α</mi><mo>&#x2062;</mo><msup><mi>e</mi><mi>x</mi></msup></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: lambda * if(x > 0, x, alpha * expm1(x))
plain: λ{x if x > 0; α(exp(x) − 1) otherwise}
latex: \lambda \begin{cases} x & \text{if } x > 0 \\ \alpha (e^{x} - 1) & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>λ</mi><mo>&#x2062;</mo><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mi>x</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mrow><mi>α</mi><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><msup><mi>e</mi><mi>x</mi></msup><mo>−</mo><mn>1</mn></mrow><mo stretchy="false">)</mo></mrow></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>
derivative: λ{1 if x > 0; α·exp(x) otherwise}
derivative-latex: \lambda \begin{cases} 1 & \text{if } x > 0 \\ \alpha e^{x} & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>λ</mi><mo>&#x2062;</mo><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mrow><mi>α</mi><mo>&#x2062;</mo><msup><mi>e</mi><mi>x</mi></msup></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>

formula: max(0, x) + min(0, alpha * expm1(x / alpha))
plain: max(0, x) + min(0, α(exp(x/α) − 1))
latex: \max(0, x) + \min(0, \alpha (e^{x/\alpha} - 1))
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mi>max</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mn>0</mn><mo separator="true">,</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow><mo>+</mo><mrow><mi>min</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mn>0</mn><mo separator="true">,</mo><mrow><mi>α</mi><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><msup><mi>e</mi><mrow><mi>x</mi><mo>/</mo><mi>α</mi></mrow></msup><mo>−</mo><mn>1</mn></mrow><mo stretchy="false">)</mo></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>
derivative: {1 if x > 0; 0 otherwise} + {exp(x/α) if α(exp(x/α) − 1) < 0; 0 otherwise}
derivative-latex: \begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases} + \begin{cases} e^{x/\alpha} & \text{if } \alpha (e^{x/\alpha} - 1) < 0 \\ 0 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>+</mo><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><msup><mi>e</mi><mrow><mi>x</mi><mo>/</mo><mi>α</mi></mrow></msup></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mrow><mi>α</mi><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><msup><mi>e</mi><mrow><mi>x</mi><mo>/</mo><mi>α</mi></mrow></msup><mo>−</mo><mn>1</mn></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>&lt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>

formula: x * Phi(x)
plain: x·Φ(x)
latex: x \Phi(x)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>x</mi><mo>&#x2062;</mo><mrow><mi mathvariant="normal">Φ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></mrow></math>
derivative: Φ(x) + x·exp(−x²/2)/√(2π)
derivative-latex: \Phi(x) + \frac{x e^{-x^{2}/2}}{\sqrt{2 \pi}}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mi mathvariant="normal">Φ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow><mo>+</mo><mfrac><mrow><mi>x</mi><mo>&#x2062;</mo><msup><mi>e</mi><mrow><mo form="prefix">−</mo><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>/</mo><mn>2</mn></mrow></mrow></msup></mrow><msqrt><mrow><mn>2</mn><mo>&#x2062;</mo><mi>π</mi></mrow></msqrt></mfrac></mrow></math>

formula: 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))
plain: 0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))
latex: 0.5 x \left(1 + \tanh\left(\sqrt{\frac{2}{\pi}} (x + 0.044715 x^{3})\right)\right)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mn>0.5</mn><mo>&#x2062;</mo><mi>x</mi><mo>&#x2062;</mo><mrow><mo>(</mo><mrow><mn>1</mn><mo>+</mo><mrow><mi>tanh</mi><mo>&#x2061;</mo><mrow><mo>(</mo><mrow><msqrt><mfrac><mn>2</mn><mi>π</mi></mfrac></msqrt><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>x</mi><mo>+</mo><mrow><mn>0.044715</mn><mo>&#x2062;</mo><msup><mi>x</mi><mn>3</mn></msup></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>)</mo></mrow></mrow></mrow><mo>)</mo></mrow></mrow></math>
derivative: 0.5(1 + tanh(√(2/π)(x + 0.044715x³))) + 0.5√(2/π)x(1 − tanh²(√(2/π)(x + 0.044715x³)))(1 + 0.134145x²)
derivative-latex: 0.5 \left(1 + \tanh\left(\sqrt{\frac{2}{\pi}} (x + 0.044715 x^{3})\right)\right) + 0.5 \sqrt{\frac{2}{\pi}} x \left(1 - \tanh^{2}\left(\sqrt{\frac{2}{\pi}} (x + 0.044715 x^{3})\right)\right) (1 + 0.134145 x^{2})
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mn>0.5</mn><mo>&#x2062;</mo><mrow><mo>(</mo><mrow><mn>1</mn><mo>+</mo><mrow><mi>tanh</mi><mo>&#x2061;</mo><mrow><mo>(</mo><mrow><msqrt><mfrac><mn>2</mn><mi>π</mi></mfrac></msqrt><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>x</mi><mo>+</mo><mrow><mn>0.044715</mn><mo>&#x2062;</mo><msup><mi>x</mi><mn>3</mn></msup></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>)</mo></mrow></mrow></mrow><mo>)</mo></mrow></mrow><mo>+</mo><mrow><mn>0.5</mn><mo>&#x2062;</mo><msqrt><mfrac><mn>2</mn><mi>π</mi></mfrac></msqrt><mo>&#x2062;</mo><mi>x</mi><mo>&#x2062;</mo><mrow><mo>(</mo><mrow><mn>1</mn><mo>−</mo><mrow><msup><mi>tanh</mi><mn>2</mn></msup><mo>&#x2061;</mo><mrow><mo>(</mo><mrow><msqrt><mfrac><mn>2</mn><mi>π</mi></mfrac></msqrt><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>x</mi><mo>+</mo><mrow><mn>0.044715</mn><mo>&#x2062;</mo><msup><mi>x</mi><mn>3</mn></msup></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>)</mo></mrow></mrow></mrow><mo>)</mo></mrow><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>+</mo><mrow><mn>0.134145</mn><mo>&#x2062;</mo><msup><mi>x</mi><mn>2</mn></msup></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>

formula: x * sigmoid(1.702 * x)
plain: x·σ(1.702x)
latex: x \sigma(1.702 x)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>x</mi><mo>&#x2062;</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1.702</mn><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>
derivative: σ(1.702x) + 1.702x·σ(1.702x)(1 − σ(1.702x))
derivative-latex: \sigma(1.702 x) + 1.702 x \sigma(1.702 x) (1 - \sigma(1.702 x))
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1.702</mn><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>+</mo><mrow><mn>1.702</mn><mo>&#x2062;</mo><mi>x</mi><mo>&#x2062;</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1.702</mn><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>−</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1.702</mn><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>

formula: x * sigmoid(x)
plain: x·σ(x)
latex: x \sigma(x)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>x</mi><mo>&#x2062;</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></mrow></math>
derivative: σ(x) + x·σ(x)(1 − σ(x))
derivative-latex: \sigma(x) + x \sigma(x) (1 - \sigma(x))
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow><mo>+</mo><mrow><mi>x</mi><mo>&#x2062;</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>−</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>

formula: x * sigmoid(beta * x)
plain: x·σ(βx)
latex: x \sigma(\beta x)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>x</mi><mo>&#x2062;</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>β</mi><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>
derivative: σ(βx) + βx·σ(βx)(1 − σ(βx))
derivative-latex: \sigma(\beta x) + \beta x \sigma(\beta x) (1 - \sigma(\beta x))
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>β</mi><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>+</mo><mrow><mi>β</mi><mo>&#x2062;</mo><mi>x</mi><mo>&#x2062;</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>β</mi><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>−</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>β</mi><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>

formula: x * tanh(softplus(x))
plain: x·tanh(softplus(x))
latex: x \tanh(\log(1 + e^{x}))
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>x</mi><mo>&#x2062;</mo><mspace width="0.1667em"></mspace><mrow><mi>tanh</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>log</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mi>x</mi></msup></mrow><mo stretchy="false">)</mo></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>
derivative: tanh(softplus(x)) + x·σ(x)(1 − tanh²(softplus(x)))
derivative-latex: \tanh(\log(1 + e^{x})) + x \sigma(x) (1 - \tanh^{2}(\log(1 + e^{x})))
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mrow><mi>tanh</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>log</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mi>x</mi></msup></mrow><mo stretchy="false">)</mo></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow><mo>+</mo><mrow><mi>x</mi><mo>&#x2062;</mo><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow><mo>&#x2062;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>−</mo><mrow><msup><mi>tanh</mi><mn>2</mn></msup><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>log</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mi>x</mi></msup></mrow><mo stretchy="false">)</mo></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>

formula: softplus(beta * x) / beta
plain: softplus(βx)/β
latex: \frac{\log(1 + e^{\beta x})}{\beta}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mfrac><mrow><mi>log</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mi>β</mi><mo>&#x2062;</mo><mi>x</mi></mrow></msup></mrow><mo stretchy="false">)</mo></mrow></mrow><mi>β</mi></mfrac></math>
derivative: σ(βx)
derivative-latex: \sigma(\beta x)
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>β</mi><mo>&#x2062;</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow></math>

formula: min(max(0, x), 6)
plain: min(max(0, x), 6)
latex: \min(\max(0, x), 6)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>min</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>max</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mn>0</mn><mo separator="true">,</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow><mo separator="true">,</mo><mn>6</mn><mo stretchy="false">)</mo></mrow></mrow></math>
derivative: {1 if 0 < x ≤ 6; 0 otherwise}
derivative-latex: \begin{cases} 1 & \text{if } 0 < x \le 6 \\ 0 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mn>0</mn><mo>&lt;</mo><mi>x</mi><mo>≤</mo><mn>6</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: clamp(x, min_val, max_val)
plain: clamp(x, a, b)
latex: \operatorname{clamp}(x, a, b)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>clamp</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo separator="true">,</mo><mi>a</mi><mo separator="true">,</mo><mi>b</mi><mo stretchy="false">)</mo></mrow></mrow></math>
derivative: {1 if a ≤ x ≤ b; 0 otherwise}
derivative-latex: \begin{cases} 1 & \text{if } a \le x \le b \\ 0 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>a</mi><mo>≤</mo><mi>x</mi><mo>≤</mo><mi>b</mi></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: clamp(x + 3, 0, 6) / 6
plain: clamp(x + 3, 0, 6)/6
latex: \frac{\operatorname{clamp}(x + 3, 0, 6)}{6}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mfrac><mrow><mi>clamp</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>x</mi><mo>+</mo><mn>3</mn></mrow><mo separator="true">,</mo><mn>0</mn><mo separator="true">,</mo><mn>6</mn><mo stretchy="false">)</mo></mrow></mrow><mn>6</mn></mfrac></math>
derivative: {1/6 if −3 ≤ x ≤ 3; 0 otherwise}
derivative-latex: \begin{cases} \frac{1}{6} & \text{if } -3 \le x \le 3 \\ 0 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mfrac><mn>1</mn><mn>6</mn></mfrac></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mrow><mo form="prefix">−</mo><mn>3</mn></mrow><mo>≤</mo><mi>x</mi><mo>≤</mo><mn>3</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: x * clamp(x + 3, 0, 6) / 6
plain: x·clamp(x + 3, 0, 6)/6
latex: \frac{x \operatorname{clamp}(x + 3, 0, 6)}{6}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mfrac><mrow><mi>x</mi><mo>&#x2062;</mo><mspace width="0.1667em"></mspace><mrow><mi>clamp</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mi>x</mi><mo>+</mo><mn>3</mn></mrow><mo separator="true">,</mo><mn>0</mn><mo separator="true">,</mo><mn>6</mn><mo stretchy="false">)</mo></mrow></mrow></mrow><mn>6</mn></mfrac></math>
derivative: {0 if x < −3; (2x + 3)/6 if x ≤ 3; 1 otherwise}
derivative-latex: \begin{cases} 0 & \text{if } x < -3 \\ \frac{2 x + 3}{6} & \text{if } x \le 3 \\ 1 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&lt;</mo><mrow><mo form="prefix">−</mo><mn>3</mn></mrow></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mfrac><mrow><mrow><mn>2</mn><mo>&#x2062;</mo><mi>x</mi></mrow><mo>+</mo><mn>3</mn></mrow><mn>6</mn></mfrac></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≤</mo><mn>3</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: x / (1 + abs(x))
plain: x/(1 + |x|)
latex: \frac{x}{1 + |x|}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mfrac><mi>x</mi><mrow><mn>1</mn><mo>+</mo><mrow><mo stretchy="false">|</mo><mi>x</mi><mo stretchy="false">|</mo></mrow></mrow></mfrac></math>
derivative: 1/(1 + |x|)²
derivative-latex: \frac{1}{(1 + |x|)^{2}}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mfrac><mn>1</mn><msup><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>+</mo><mrow><mo stretchy="false">|</mo><mi>x</mi><mo stretchy="false">|</mo></mrow></mrow><mo stretchy="false">)</mo></mrow><mn>2</mn></msup></mfrac></math>

formula: -softplus(-x)
plain: −softplus(−x)
latex: -\log(1 + e^{-x})
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo form="prefix">−</mo><mrow><mi>log</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo form="prefix">−</mo><mi>x</mi></mrow></msup></mrow><mo stretchy="false">)</mo></mrow></mrow></mrow></math>
derivative: σ(−x)
derivative-latex: \sigma(-x)
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>σ</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mrow><mo form="prefix">−</mo><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow></math>

formula: x - tanh(x)
plain: x − tanh(x)
latex: x - \tanh(x)
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mi>x</mi><mo>−</mo><mrow><mi>tanh</mi><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></mrow></math>
derivative: tanh²(x)
derivative-latex: \tanh^{2}(x)
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><msup><mi>tanh</mi><mn>2</mn></msup><mo>&#x2061;</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></math>

formula: if(x > lambd, x - lambd, if(x < -lambd, x + lambd, 0))
plain: {x − λ if x > λ; x + λ if x < −λ; 0 otherwise}
latex: \begin{cases} x - \lambda & \text{if } x > \lambda \\ x + \lambda & \text{if } x < -\lambda \\ 0 & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mrow><mi>x</mi><mo>−</mo><mi>λ</mi></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&gt;</mo><mi>λ</mi></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mrow><mi>x</mi><mo>+</mo><mi>λ</mi></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&lt;</mo><mrow><mo form="prefix">−</mo><mi>λ</mi></mrow></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>
derivative: {1 if x > λ or x < −λ; 0 otherwise}
derivative-latex: \begin{cases} 1 & \text{if } x > \lambda \text{ or } x < -\lambda \\ 0 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mrow><mi>x</mi><mo>&gt;</mo><mi>λ</mi></mrow><mtext>&#xA0;or&#xA0;</mtext><mrow><mi>x</mi><mo>&lt;</mo><mrow><mo form="prefix">−</mo><mi>λ</mi></mrow></mrow></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: if(abs(x) > lambd, x, 0)
plain: {x if |x| > λ; 0 otherwise}
latex: \begin{cases} x & \text{if } |x| > \lambda \\ 0 & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mi>x</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mrow><mo stretchy="false">|</mo><mi>x</mi><mo stretchy="false">|</mo></mrow><mo>&gt;</mo><mi>λ</mi></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>
derivative: {1 if |x| > λ; 0 otherwise}
derivative-latex: \begin{cases} 1 & \text{if } |x| > \lambda \\ 0 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mrow><mo stretchy="false">|</mo><mi>x</mi><mo stretchy="false">|</mo></mrow><mo>&gt;</mo><mi>λ</mi></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: if(x >= 0, x, (lower + upper) / 2 * x)
plain: {x if x ≥ 0; (l + u)/2·x otherwise}
latex: \begin{cases} x & \text{if } x \ge 0 \\ \frac{l + u}{2} x & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mi>x</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mrow><mfrac><mrow><mi>l</mi><mo>+</mo><mi>u</mi></mrow><mn>2</mn></mfrac><mo>&#x2062;</mo><mi>x</mi></mrow></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>
derivative: {1 if x ≥ 0; (l + u)/2 otherwise}
derivative-latex: \begin{cases} 1 & \text{if } x \ge 0 \\ \frac{l + u}{2} & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mfrac><mrow><mi>l</mi><mo>+</mo><mi>u</mi></mrow><mn>2</mn></mfrac></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: (x + sqrt(x^2 + b)) / 2
plain: (x + √(x² + b))/2
latex: \frac{x + \sqrt{x^{2} + b}}{2}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mfrac><mrow><mi>x</mi><mo>+</mo><msqrt><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi></mrow></msqrt></mrow><mn>2</mn></mfrac></math>
derivative: (1 + x/√(x² + b))/2
derivative-latex: \frac{1 + \frac{x}{\sqrt{x^{2} + b}}}{2}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mfrac><mrow><mn>1</mn><mo>+</mo><mfrac><mi>x</mi><msqrt><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi></mrow></msqrt></mfrac></mrow><mn>2</mn></mfrac></math>

formula: if(x <= -1, 0, if(x < 1, (x + 1)^2 / 4, x))
plain: {0 if x ≤ −1; (x + 1)²/4 if x < 1; x otherwise}
latex: \begin{cases} 0 & \text{if } x \le -1 \\ \frac{(x + 1)^{2}}{4} & \text{if } x < 1 \\ x & \text{otherwise} \end{cases}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≤</mo><mrow><mo form="prefix">−</mo><mn>1</mn></mrow></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mfrac><msup><mrow><mo stretchy="false">(</mo><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mo stretchy="false">)</mo></mrow><mn>2</mn></msup><mn>4</mn></mfrac></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&lt;</mo><mn>1</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mi>x</mi></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>
derivative: {0 if x ≤ −1; (x + 1)/2 if x < 1; 1 otherwise}
derivative-latex: \begin{cases} 0 & \text{if } x \le -1 \\ \frac{x + 1}{2} & \text{if } x < 1 \\ 1 & \text{otherwise} \end{cases}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow><mo>{</mo><mtable displaystyle="true"><mtr><mtd style="text-align: left"><mn>0</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>≤</mo><mrow><mo form="prefix">−</mo><mn>1</mn></mrow></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mfrac><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>2</mn></mfrac></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>if&#xA0;</mtext><mrow><mi>x</mi><mo>&lt;</mo><mn>1</mn></mrow></mtd></mtr><mtr><mtd style="text-align: left"><mn>1</mn></mtd><mtd style="text-align: left; padding-left: 1em"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>

formula: exp(x)
plain: exp(x)
latex: e^{x}
mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><msup><mi>e</mi><mi>x</mi></msup></math>
derivative: exp(x)
derivative-latex: e^{x}
derivative-mathml: <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><msup><mi>e</mi><mi>x</mi></msup></math>


"""##
