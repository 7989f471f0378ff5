"""Drives the viewer in a real X server through Qt's xcb platform, as a user
would: launch, click a figure, switch the language from the View menu, save
a chart through the save dialog, resize, quit from the File menu.

Run by tests/test_real_window.py as
    DISPLAY=:N QT_QPA_PLATFORM=xcb python tests/real_window_driver.py OUT_DIR
It prints one JSON line of what it saw and exits with the application's
exit status (0 after File → Quit).
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMenuBar, QWidget  # noqa: E402

from app.bundle import DEFAULT_BUNDLE, load_bundle  # noqa: E402
from app.model import AppModel  # noqa: E402
from app.settings import Settings  # noqa: E402
from ui.application import connect_application, create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FACT_ID = "enterprises_2018"
WATCHDOG_SECONDS = 60


def wait_until(condition, timeout: float = 10.0) -> bool:
    """Run the event loop until `condition()` holds or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents()
        time.sleep(0.01)
    return True


def colour_count(image: QImage) -> int:
    """Distinct colours on a sparse grid: a few for a blank window, hundreds
    for text and charts."""
    if image.isNull():
        return 0
    step = max(1, min(image.width(), image.height()) // 120)
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def screen_image(window: QWidget) -> QImage:
    """What the X server holds for the window (not a re-render by Qt)."""
    return window.screen().grabWindow(window.winId()).toImage()


def click(widget: QWidget, point: QPoint) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    # A person's next click comes after the event loop has turned; without
    # this pause, a menu opened at once after a click in the text stays open
    # after its item is chosen.
    QTest.qWait(50)


def choose_from_menu(bar: QMenuBar, path: list) -> None:
    """Click the menu bar entry, then each item of `path` (menus, then an
    action) in the popups, as a user does."""
    menu: QMenu = path[0]
    click(bar, bar.actionGeometry(menu.menuAction()).center())
    if not wait_until(menu.isVisible, 5):
        raise RuntimeError(f"menu {menu.title()!r} did not open")
    for item in path[1:]:
        action = item.menuAction() if isinstance(item, QMenu) else item
        click(menu, menu.actionGeometry(action).center())
        if isinstance(item, QMenu):
            if not wait_until(item.isVisible, 5):
                raise RuntimeError(f"submenu {item.title()!r} did not open")
            menu = item


def main() -> int:
    out_dir = Path(sys.argv[1])
    results: dict = {"steps": []}

    def emit() -> None:
        print(json.dumps(results, ensure_ascii=False), flush=True)

    def watchdog() -> None:
        results["error"] = f"watchdog: not done after {WATCHDOG_SECONDS} s"
        results["active_modal"] = type(QApplication.activeModalWidget()).__name__
        results["active_popup"] = type(QApplication.activePopupWidget()).__name__
        emit()
        os._exit(3)

    app = create_application()
    model = AppModel(Settings(), load_bundle(DEFAULT_BUNDLE), "en")
    connect_application(app, model)
    window = MainWindow(model)
    window.resize(1400, 900)
    QTimer.singleShot(WATCHDOG_SECONDS * 1000, watchdog)

    def step(name: str, action) -> None:
        try:
            results[name] = action()
        except Exception:  # noqa: BLE001 (reported, and the test fails on it)
            results[name] = {"error": traceback.format_exc()}
        results["steps"].append(name)

    def launch() -> dict:
        window.show()
        exposed = wait_until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
        ready: list[bool] = []
        window.charts.chartsReady.connect(lambda: ready.append(True))
        window.charts.load()
        wait_until(lambda: bool(ready))
        QTest.qWait(200)  # let the new chart widgets lay out and reach the screen
        return {
            "platform": QGuiApplication.platformName(),
            "visible": window.isVisible(),
            "exposed": exposed,
            "charts_ready": bool(ready),
            "chart_count": len(window.charts.cards),
            "grab_colours": colour_count(window.grab().toImage()),
            "screen_colours": colour_count(screen_image(window)),
        }

    def click_figure() -> dict:
        browser = window.reader.browser
        cursor = window.reader.fact_link_cursor(FACT_ID)
        cursor.setPosition(cursor.selectionStart() + 1)
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()
        QApplication.processEvents()
        click(browser.viewport(), browser.cursorRect(cursor).center())
        wait_until(lambda: model.selected_fact == FACT_ID, 3)
        return {
            "selected_fact": model.selected_fact,
            "highlighted_text": window.reader.highlighted_text,
            "highlighted_bars": window.charts.cards["enterprises"].highlighted_facts,
        }

    def switch_language() -> dict:
        before = window.file_menu.title()
        chinese = next(a for a in window.language_menu.actions() if a.data() == "zh")
        choose_from_menu(window.menuBar(), [window.view_menu, window.language_menu, chinese])
        wait_until(lambda: model.language == "zh", 5)
        QTest.qWait(100)
        return {
            "language": model.language,
            "file_menu_before": before,
            "file_menu_after": window.file_menu.title(),
            "checked": chinese.isChecked(),
            "menus_closed": wait_until(lambda: QApplication.activePopupWidget() is None, 3),
        }

    def save_chart() -> dict:
        target = out_dir / "saved-chart.png"
        seen: dict = {}

        def fill_dialog(tries: int = 0) -> None:
            from ui.export_dialog import ExportDialog

            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, ExportDialog):
                if tries < 200:
                    QTimer.singleShot(25, lambda: fill_dialog(tries + 1))
                else:
                    seen["error"] = f"no ExportDialog, active modal: {type(dialog).__name__}"
                return
            seen["dialog"] = type(dialog).__name__
            seen["dialog_visible"] = dialog.isVisible()
            seen["suggested"] = Path(dialog.path_edit.text()).name
            dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
            dialog.path_edit.setText(str(target))
            save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
            click(save, save.rect().center())

        QTimer.singleShot(0, fill_dialog)
        window.charts.save_chart()  # modal: returns when the dialog closes
        data = target.read_bytes() if target.exists() else b""
        image = QImage(str(target))
        return {
            **seen,
            "exists": target.exists(),
            "png_signature": data[:8] == PNG_SIGNATURE,
            "image_size": [image.width(), image.height()],
            "status": window.statusBar().currentMessage(),
        }

    def resize() -> dict:
        window.resize(1024, 700)
        wait_until(
            lambda: (
                window.size().toTuple() == (1024, 700)
                and window.windowHandle().geometry().size().toTuple() == (1024, 700)
            ),
            5,
        )
        QTest.qWait(200)
        return {
            "size": list(window.size().toTuple()),
            "native_size": list(window.windowHandle().geometry().size().toTuple()),
            "grab_colours": colour_count(window.grab().toImage()),
            "screen_colours": colour_count(screen_image(window)),
        }

    def quit_from_menu() -> dict:
        choose_from_menu(window.menuBar(), [window.file_menu, window.quit_action])
        return {"clicked": True}

    def run_steps() -> None:
        step("launch", launch)
        step("click_figure", click_figure)
        step("switch_language", switch_language)
        step("save_chart", save_chart)
        step("resize", resize)
        step("quit", quit_from_menu)
        # Still here if Quit did nothing: the test sees the missing exit.
        QTimer.singleShot(5000, lambda: (results.setdefault("error", "File → Quit did not quit"), app.exit(4)))

    QTimer.singleShot(0, run_steps)
    status = app.exec()
    results["exit_status"] = status
    results["window_visible_after_quit"] = window.isVisible()
    emit()
    return status


if __name__ == "__main__":
    sys.exit(main())
