"""The parameter explorer and the compare picker in headless chromium, and the generated
JavaScript of every activation against the Swift core."""
import json
import subprocess

from conftest import ROOT, nonlin_binary


def test_moving_a_slider_redraws_the_plot_and_updates_f_prime_at_zero(server, browser):
    browser.set_window_size(1280, 900)
    browser.get(server + "activations/elu/")
    path = browser.find_element("css selector", "figure.plot-figure g.f > path.k")
    before = path.get_attribute("d")
    assert browser.find_element("css selector", '[data-key="df0"]').text == "1"
    browser.execute_script(
        "const s = document.getElementById('param-alpha'); s.value = 2.5; s.dispatchEvent(new Event('input'));")
    assert path.get_attribute("d") != before
    # With α ≠ 1 the slopes on the two sides of 0 differ: ELU has a kink there.
    assert browser.find_element("css selector", '[data-key="df0"]').text == "undefined (kink)"
    assert not browser.find_element("id", "explorer-note").get_attribute("hidden")


def test_explorer_form_is_hidden_until_the_script_runs(site):
    html = (site / "activations" / "elu" / "index.html").read_text()
    assert '<form id="explorer" class="explorer" hidden' in html


def test_ticking_activations_overlays_them(server, browser):
    browser.set_window_size(1280, 900)
    browser.get(server + "compare/")
    initial = len(browser.find_elements("css selector", "g.picked path"))
    browser.find_element("css selector", "input[value=mish]").click()
    assert len(browser.find_elements("css selector", "g.picked path")) == initial + 1
    assert "Mish" in browser.find_element("id", "picked-legend").text


def test_generated_javascript_agrees_with_the_swift_core_for_every_activation(site):
    """Every activation's JavaScript (as the compare page embeds it) against
    `nonlin values`, to 1e-12 relative, on a grid."""
    page = (site / "compare" / "index.html").read_text()
    runtime = next((site / "assets").glob("formula-runtime.*.js")).read_text()
    script = page.split("<script>\n", 1)[1].split("</script>", 1)[0]
    xs = [round(-6 + 0.37 * i, 6) for i in range(33)]
    node = f"""
    const window = {{}};
    {runtime}
    {script}
    const xs = {json.dumps(xs)};
    const out = {{}};
    for (const [id, fn] of Object.entries(window.NonlinCompare.functions)) out[id] = xs.map(x => fn.f(x));
    console.log(JSON.stringify(out));
    """
    js = json.loads(subprocess.run(["node", "-e", node], check=True, capture_output=True, text=True).stdout)
    assert len(js) >= 31
    worst = (0.0, None)
    for activation, values in js.items():
        result = subprocess.run([str(nonlin_binary()), "values", activation, "--at", ",".join(map(str, xs)),
                                 "--format", "json", "--content", str(ROOT / "Content")],
                                check=True, capture_output=True, text=True, cwd=ROOT)
        swift = [point["y"] for point in json.loads(result.stdout)["points"]]
        for x, a, b in zip(xs, values, swift):
            if isinstance(b, str) or a is None:
                continue
            error = abs(a - b) / max(abs(a), abs(b), 1e-3)
            if error > worst[0]:
                worst = (error, (activation, x, a, b))
    assert worst[0] <= 1e-12, worst
