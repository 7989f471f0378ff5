<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="279"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>Saved %n image to %1</numerusform>
            <numerusform>Saved %n images to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 already exists. Replace it?</numerusform>
            <numerusform>%1 already exist. Replace them?</numerusform>
        </translation>
    </message>
</context>
</TS>
