<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English needs a catalogue only for the singular and plural forms of counted nouns
     (messages with %n); every other English text is the source string itself. -->
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow(s)</source>
        <translation>
            <numerusform>%Ln flow</numerusform>
            <numerusform>%Ln flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message numerus="yes">
        <source>%Ln step(s) in the lane of '{name}' stay in the workflow without a role. Delete the role?</source>
        <translation>
            <numerusform>%Ln step in the lane of '{name}' stays in the workflow without a role. Delete the role?</numerusform>
            <numerusform>%Ln steps in the lane of '{name}' stay in the workflow without a role. Delete the role?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) used, {rejected} rejected.</source>
        <translation>
            <numerusform>%Ln row used, {rejected} rejected.</numerusform>
            <numerusform>%Ln rows used, {rejected} rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message numerus="yes">
        <source>%Ln gap(s) in the plan: see Checks.</source>
        <translation>
            <numerusform>%Ln gap in the plan: see Checks.</numerusform>
            <numerusform>%Ln gaps in the plan: see Checks.</numerusform>
        </translation>
    </message>
</context>
</TS>
