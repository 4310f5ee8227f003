<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AdminArea</name>
    <message>
        <source>Change PIN</source>
        <translation>שינוי קוד PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>יציאה ממצב קיוסק</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>נעילה</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>מצלמה</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>משלוח</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>תקינות</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>רשומות</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>תור שליחה</translation>
    </message>
    <message>
        <source>Social export</source>
        <translation>ייצוא לרשתות</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ביקורת</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Email paused until {time}: {reason}</source>
        <translation>שליחת האימייל מושהית עד {time}: {reason}</translation>
    </message>
    <message>
        <source>Text messages paused until {time}: {reason}</source>
        <translation>שליחת הודעות הטקסט מושהית עד {time}: {reason}</translation>
    </message>
    <message>
        <source>Photos wait in the outbox; fix the setting, then use Delivery &gt; Test connection.</source>
        <translation>התמונות ממתינות בתור השליחה; תקנו את ההגדרה, ואז געו ב״בדיקת חיבור״ בלשונית משלוח.</translation>
    </message>
    <message>
        <source>The camera is not delivering pictures; the kiosk keeps trying to reconnect. Check the cable, or choose another camera in Settings.</source>
        <translation>המצלמה לא מעבירה תמונות; הקיוסק ממשיך לנסות להתחבר אליה מחדש. בדקו את הכבל, או בחרו מצלמה אחרת בהגדרות.</translation>
    </message>
    <message>
        <source>The settings profile head office sent was ignored ({reason}). The kiosk keeps its last good settings; tell head office.</source>
        <translation>פרופיל ההגדרות שנשלח מהמטה לא הוחל ({reason}). העמדה שומרת את ההגדרות התקינות האחרונות; יש לעדכן את המטה.</translation>
    </message>
    <message>
        <source>Only {gib} GiB left for photos and records. Free some space on the kiosk&apos;s disk.</source>
        <translation>נותרו רק ⁦{gib} GiB⁩ לתמונות ולרשומות. פנו מקום בדיסק של הקיוסק.</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>That did not work ({error}). Nothing was shown to the visitor; try again.</source>
        <translation>הפעולה לא הצליחה ({error}). דבר לא הוצג למבקר; נסו שוב.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The photo booth is resting</source>
        <translation>עמדת הצילום בהפסקה</translation>
    </message>
    <message>
        <source>Please come back in a few minutes.</source>
        <translation>חזרו בעוד כמה דקות.</translation>
    </message>
    <message>
        <source>Take your photo with us</source>
        <translation>הצטלמו איתנו</translation>
    </message>
    <message>
        <source>It&apos;s free, and we&apos;ll send it straight to your phone.</source>
        <translation>זה בחינם, ונשלח את התמונה ישר לטלפון שלך.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>געו כדי להתחיל</translation>
    </message>
    <message>
        <source>Sorry, the camera stopped working. Nothing you gave us was kept.</source>
        <translation>מצטערים, המצלמה הפסיקה לעבוד. שום דבר שמסרת לנו לא נשמר.</translation>
    </message>
    <message>
        <source>For adults 18 and over. Privacy questions: {contact}</source>
        <translation>למבוגרים מגיל 18 ומעלה. שאלות בנושא פרטיות: {contact}</translation>
    </message>
    <message>
        <source>Easy reach</source>
        <translation>גישה נוחה</translation>
    </message>
    <message>
        <source>Easy reach: bring every button into the lower part of the screen</source>
        <translation>גישה נוחה: כל הכפתורים בחלק התחתון של המסך</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>שפה: {name}</translation>
    </message>
    <message>
        <source>Email paused</source>
        <translation>שליחת האימייל מושהית</translation>
    </message>
    <message>
        <source>Text messages paused</source>
        <translation>שליחת הודעות הטקסט מושהית</translation>
    </message>
    <message>
        <source>Camera unavailable</source>
        <translation>המצלמה לא זמינה</translation>
    </message>
    <message>
        <source>Disk almost full</source>
        <translation>הדיסק כמעט מלא</translation>
    </message>
    <message>
        <source>Head office settings ignored</source>
        <translation>הגדרות המטה לא הוחלו</translation>
    </message>
    <message>
        <source>{notes} (staff: see the admin area)</source>
        <translation>{notes} (לצוות: הפרטים באזור הניהול)</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Every admin and privacy action, newest first (the last {limit}). Verify checks that no entry was removed or changed.</source>
        <translation>כל פעולות הניהול והפרטיות, מהחדשה לישנה ({limit} האחרונות). אימות בודק ששום רשומה לא נמחקה או שונתה.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>אימות</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>שעה (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>אדם</translation>
    </message>
    <message>
        <source>OK: the audit log is intact ({n} entries, chain head {head}).</source>
        <translation>תקין: יומן הביקורת שלם ({n} רשומות, ראש השרשרת {head}).</translation>
    </message>
    <message>
        <source>BROKEN: the audit log has been tampered with: {problem}. Tell head office; do not delete anything.</source>
        <translation>פגום: נעשה שינוי ביומן הביקורת: {problem}. דווחו למטה; אין למחוק דבר.</translation>
    </message>
</context>
<context>
    <name>CameraScreen</name>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>צלמו אותי</translation>
    </message>
    <message>
        <source>Look at the camera and press the button when you&apos;re ready.</source>
        <translation>הביטו במצלמה ולחצו על הכפתור כשאתם מוכנים.</translation>
    </message>
    <message>
        <source>Let&apos;s try again. This is your last try.</source>
        <translation>ננסה שוב. זה הניסיון האחרון.</translation>
    </message>
    <message>
        <source>Let&apos;s try again. After this one, you can retake it once more.</source>
        <translation>ננסה שוב. אחרי הצילום הזה אפשר לצלם שוב עוד פעם אחת.</translation>
    </message>
    <message>
        <source>Let&apos;s try again. After this one, you can retake it {left} more times.</source>
        <translation>ננסה שוב. אחרי הצילום הזה אפשר לצלם שוב עוד {left} פעמים.</translation>
    </message>
    <message>
        <source>The camera is reconnecting. One moment, please.</source>
        <translation>המצלמה מתחברת מחדש. רגע אחד, בבקשה.</translation>
    </message>
</context>
<context>
    <name>CameraTab</name>
    <message>
        <source>Live camera preview</source>
        <translation>תצוגה חיה מהמצלמה</translation>
    </message>
    <message>
        <source>Tap a camera to try it here, live.</source>
        <translation>געו במצלמה כדי לנסות אותה כאן, בשידור חי.</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>מצלמות</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>חיפוש חוזר</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Keep this camera</source>
        <translation>שמירת המצלמה הזו</translation>
    </message>
    <message>
        <source>Granted: {width}×{height} at {fps} fps ({backend}, {fourcc})</source>
        <translation>התקבל: ⁦{width}×{height}⁩, {fps} תמונות לשנייה (⁦{backend}, {fourcc}⁩)</translation>
    </message>
    <message>
        <source>format not reported</source>
        <translation>פורמט לא דווח</translation>
    </message>
    <message>
        <source>No other camera was found. Is it plugged in?</source>
        <translation>לא נמצאה מצלמה אחרת. האם היא מחוברת?</translation>
    </message>
    <message>
        <source>Could not look for cameras ({error}).</source>
        <translation>לא ניתן היה לחפש מצלמות ({error}).</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>פותחים את המצלמה…</translation>
    </message>
    <message>
        <source>On trial: keep it, or tap Undo. Locking goes back to the camera in use.</source>
        <translation>בניסיון: שמרו אותה, או געו בביטול. נעילה תחזיר את המצלמה שבשימוש.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>לא נשמר: {problem}</translation>
    </message>
    <message>
        <source>Saved. The kiosk uses this camera from now on.</source>
        <translation>נשמר. מעכשיו הקיוסק משתמש במצלמה הזו.</translation>
    </message>
</context>
<context>
    <name>DeliveryStates</name>
    <message>
        <source>queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>בשליחה</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>נשלח</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>הוסר</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>מוגבל</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <source>Test connection</source>
        <translation>בדיקת חיבור</translation>
    </message>
    <message>
        <source>Asks each provider whether it accepts the kiosk&apos;s keys. Sends nothing.</source>
        <translation>בודק מול כל ספק אם הוא מקבל את המפתחות של הקיוסק. לא נשלח דבר.</translation>
    </message>
    <message>
        <source>Send a test card to yourself:</source>
        <translation>שלחו לעצמכם כרטיס בדיקה:</translation>
    </message>
    <message>
        <source>Your email address for the test</source>
        <translation>כתובת האימייל שלך לבדיקה</translation>
    </message>
    <message>
        <source>Your mobile phone number for the test</source>
        <translation>מספר הנייד שלך לבדיקה</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>נייד</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>שליחת בדיקה</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>תוצאות</translation>
    </message>
    <message>
        <source>Dry run: messages are written to the data folder and nothing leaves the kiosk. Switch delivery mode to live in Settings to send for real.</source>
        <translation>הרצת ניסיון: ההודעות נכתבות לתיקיית הנתונים ושום דבר לא יוצא מהקיוסק. כדי לשלוח באמת, העבירו את מצב המשלוח ל־live בהגדרות.</translation>
    </message>
    <message>
        <source>email through SendGrid</source>
        <translation>אימייל דרך SendGrid</translation>
    </message>
    <message>
        <source>text messages through Twilio</source>
        <translation>הודעות טקסט דרך Twilio</translation>
    </message>
    <message>
        <source>no channel switched on</source>
        <translation>אף ערוץ לא מופעל</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} ו{then}</translation>
    </message>
    <message>
        <source>Live: {channels}. The tests use the settings as last saved.</source>
        <translation>שליחה אמיתית: {channels}. הבדיקות משתמשות בהגדרות כפי שנשמרו לאחרונה.</translation>
    </message>
    <message>
        <source>Asking the providers…</source>
        <translation>פונים לספקים…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>שולחים…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>The test could not run ({error}).</source>
        <translation>לא ניתן היה להריץ את הבדיקה ({error}).</translation>
    </message>
    <message>
        <source>{part}: works</source>
        <translation>{part}: תקין</translation>
    </message>
    <message>
        <source>{part}: problem</source>
        <translation>{part}: יש בעיה</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Where should we send your photo?</source>
        <translation>לאן לשלוח את התמונה?</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>התמונה שלך</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>חזרה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>אימייל</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>הודעת טקסט</translation>
    </message>
    <message>
        <source>Send it by (choose one or both)</source>
        <translation>שליחה באמצעות (אחד או שניהם)</translation>
    </message>
    <message>
        <source>No contact details? Show me a QR code instead</source>
        <translation>בלי פרטי קשר? הציגו לי קוד QR במקום</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>השם שלך</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>כתובת אימייל</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>מספר נייד</translation>
    </message>
    <message>
        <source>Mobile number (pick the country, or start with +)</source>
        <translation>מספר נייד (בחרו מדינה, או התחילו ב־+)</translation>
    </message>
    <message>
        <source>Country of the mobile number: {country}</source>
        <translation>המדינה של המספר הנייד: {country}</translation>
    </message>
    <message>
        <source>Allow publishing on social media (optional)</source>
        <translation>אישור פרסום ברשתות החברתיות (רשות)</translation>
    </message>
    <message>
        <source>Send my photo</source>
        <translation>שלחו לי את התמונה</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>להתחיל מההתחלה?</translation>
    </message>
    <message>
        <source>Your photo and the details you typed will be deleted.</source>
        <translation>התמונה והפרטים שהקלדתם יימחקו.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>להמשיך</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>כן, להתחיל מההתחלה</translation>
    </message>
    <message>
        <source>To send, please enter your name.</source>
        <translation>כדי לשלוח, הזינו את שמכם.</translation>
    </message>
    <message>
        <source>To send, please enter your email address.</source>
        <translation>כדי לשלוח, הזינו את כתובת האימייל.</translation>
    </message>
    <message>
        <source>To send, please enter your mobile number.</source>
        <translation>כדי לשלוח, הזינו את מספר הנייד.</translation>
    </message>
    <message>
        <source>To send, please enter your name and your email address.</source>
        <translation>כדי לשלוח, הזינו את שמכם ואת כתובת האימייל.</translation>
    </message>
    <message>
        <source>To send, please enter your name and your mobile number.</source>
        <translation>כדי לשלוח, הזינו את שמכם ואת מספר הנייד.</translation>
    </message>
    <message>
        <source>To send, please enter your email address and your mobile number.</source>
        <translation>כדי לשלוח, הזינו את כתובת האימייל ואת מספר הנייד.</translation>
    </message>
    <message>
        <source>To send, please enter your name, your email address and your mobile number.</source>
        <translation>כדי לשלוח, הזינו את שמכם, את כתובת האימייל ואת מספר הנייד.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your photo is on its way by email.</source>
        <translation>התמונה בדרך אליך באימייל.</translation>
    </message>
    <message>
        <source>Your photo is on its way by text message.</source>
        <translation>התמונה בדרך אליך בהודעת טקסט.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it by email: the address may be wrong. A member of staff can help.</source>
        <translation>לא הצלחנו לשלוח באימייל: ייתכן שהכתובת שגויה. אחד מאנשי הצוות ישמח לעזור.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it by text message: the number may be wrong. A member of staff can help.</source>
        <translation>לא הצלחנו לשלוח בהודעת טקסט: ייתכן שהמספר שגוי. אחד מאנשי הצוות ישמח לעזור.</translation>
    </message>
    <message>
        <source>We&apos;ve saved your photo and will send it by email as soon as our connection is back. You don&apos;t need to wait.</source>
        <translation>שמרנו את התמונה ונשלח אותה באימייל ברגע שהחיבור שלנו יחזור. אין צורך לחכות.</translation>
    </message>
    <message>
        <source>We&apos;ve saved your photo and will send it by text message as soon as our connection is back. You don&apos;t need to wait.</source>
        <translation>שמרנו את התמונה ונשלח אותה בהודעת טקסט ברגע שהחיבור שלנו יחזור. אין צורך לחכות.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to save your photo. The link works for {days} days. We have kept no name, email or number.</source>
        <translation>סרקו את הקוד במצלמת הטלפון כדי לשמור את התמונה. הקישור פעיל {days} ימים. לא שמרנו שם, אימייל או מספר.</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>תודה, {name}!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>תודה!</translation>
    </message>
    <message>
        <source>To get a copy of your data, correct or delete it, or to withdraw a permission, contact {contact}.</source>
        <translation>כדי לקבל עותק של המידע שלך, לתקן או למחוק אותו, או לבטל אישור, פנו אל {contact}.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>התמונה שלך</translation>
    </message>
</context>
<context>
    <name>DriveChoice</name>
    <message>
        <source>The kiosk&apos;s exports folder</source>
        <translation>תיקיית הייצוא של הקיוסק</translation>
    </message>
    <message>
        <source>Drive: {drive}</source>
        <translation>כונן: ⁦{drive}⁩</translation>
    </message>
    <message>
        <source>{n} removable drive(s) found</source>
        <translation>נמצאו כוננים נשלפים: {n}</translation>
    </message>
    <message>
        <source>No removable drive found</source>
        <translation>לא נמצא כונן נשלף</translation>
    </message>
</context>
<context>
    <name>FramePreview</name>
    <message>
        <source>The branding frame on a live photo</source>
        <translation>המסגרת על תמונה חיה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>The camera has no picture yet. Check the Camera tab, then try again.</source>
        <translation>למצלמה אין עדיין תמונה. בדקו את הלשונית &apos;מצלמה&apos; ונסו שוב.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>מכינים את התצוגה המקדימה…</translation>
    </message>
    <message>
        <source>Visitors&apos; photos get this frame once the setting is saved.</source>
        <translation>התמונות של המבקרים יקבלו את המסגרת הזו אחרי שמירת ההגדרה.</translation>
    </message>
    <message>
        <source>The frame cannot be shown: {reason}</source>
        <translation>אי אפשר להציג את המסגרת: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>{width}×{height} at {fps} fps ({backend}, {fourcc})</source>
        <translation>רזולוציה ⁦{width}×{height}⁩, {fps} תמונות לשנייה (⁦{backend}, {fourcc}⁩)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>מצלמה</translation>
    </message>
    <message>
        <source>Camera granted</source>
        <translation>מצב צילום בפועל</translation>
    </message>
    <message>
        <source>Last camera problem</source>
        <translation>תקלת המצלמה האחרונה</translation>
    </message>
    <message>
        <source>Disk space (data folder)</source>
        <translation>שטח דיסק (תיקיית הנתונים)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>תור שליחה</translation>
    </message>
    <message>
        <source>Paused channels</source>
        <translation>ערוצים מושהים</translation>
    </message>
    <message>
        <source>Last retention sweep</source>
        <translation>ניקוי השמירה האחרון</translation>
    </message>
    <message>
        <source>Head office sync</source>
        <translation>סנכרון עם המטה</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>live</source>
        <translation>פעילה</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>מופעלת</translation>
    </message>
    <message>
        <source>UNAVAILABLE (reconnecting)</source>
        <translation>לא זמינה (מתחברת מחדש)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>כבויה</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation>עוד לא נפתחה</translation>
    </message>
    <message>
        <source>none since start</source>
        <translation>אין מאז ההפעלה</translation>
    </message>
    <message>
        <source>{channel} until {time} ({reason})</source>
        <translation>ערוץ {channel} עד {time} ({reason})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>{free} GiB free of {total} GiB</source>
        <translation>פנוי: ⁦{free} GiB⁩ מתוך ⁦{total} GiB⁩</translation>
    </message>
    <message>
        <source>LOW: free some space</source>
        <translation>נמוך: פנו מקום</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>ממתינים: {n}</translation>
    </message>
    <message>
        <source>{n} {state}</source>
        <translation>{state}: {n}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>עדיין לא</translation>
    </message>
    <message>
        <source>could not check: {error}</source>
        <translation>לא ניתן היה לבדוק: {error}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please tell us your name.</source>
        <translation>נשמח לדעת את שמך.</translation>
    </message>
    <message>
        <source>That&apos;s too long: at most {0} characters.</source>
        <translation>זה ארוך מדי: לכל היותר {0} תווים.</translation>
    </message>
    <message>
        <source>Some characters can&apos;t be used in a name.</source>
        <translation>יש בשם תווים שאי אפשר להשתמש בהם.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>שם צריך לכלול לפחות אות אחת.</translation>
    </message>
    <message>
        <source>Please enter your email address.</source>
        <translation>הזינו את כתובת האימייל.</translation>
    </message>
    <message>
        <source>Some characters can&apos;t be used in an address.</source>
        <translation>יש בכתובת תווים שאי אפשר להשתמש בהם.</translation>
    </message>
    <message>
        <source>Please add the @, like name@example.com.</source>
        <translation>הוסיפו את ה־@, למשל name@example.com.</translation>
    </message>
    <message>
        <source>An email address has only one @.</source>
        <translation>בכתובת אימייל יש @ אחד בלבד.</translation>
    </message>
    <message>
        <source>Please check the part before the @.</source>
        <translation>בדקו את החלק שלפני ה־@.</translation>
    </message>
    <message>
        <source>Check the part after the @, like example.com.</source>
        <translation>בדקו את החלק שאחרי ה־@, למשל example.com.</translation>
    </message>
    <message>
        <source>Use Latin letters before the @, or send a text.</source>
        <translation>לפני ה־@ רק אותיות לועזיות, או שלחו הודעת טקסט.</translation>
    </message>
    <message>
        <source>Some characters can&apos;t be used in a number.</source>
        <translation>יש במספר תווים שאי אפשר להשתמש בהם.</translation>
    </message>
    <message>
        <source>Please use digits, and + for the country code.</source>
        <translation>השתמשו בספרות, וב־+ לקידומת המדינה.</translation>
    </message>
    <message>
        <source>That number has too few or too many digits.</source>
        <translation>במספר יש מעט מדי או יותר מדי ספרות.</translation>
    </message>
    <message>
        <source>Please check the country and the digits.</source>
        <translation>בדקו את המדינה ואת הספרות.</translation>
    </message>
    <message>
        <source>Please use a mobile number, not a landline.</source>
        <translation>הזינו מספר נייד, לא טלפון קווי.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look right. Please check it.</source>
        <translation>משהו כאן לא נראה תקין. בדקו, בבקשה.</translation>
    </message>
    <message>
        <source>An email address needs an @, like name@example.com.</source>
        <translation>בכתובת אימייל יש @, למשל name@example.com.</translation>
    </message>
    <message>
        <source>Please enter your mobile number.</source>
        <translation>הזינו את מספר הנייד.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a phone number. Use digits, and + for the country code.</source>
        <translation>זה לא נראה כמו מספר טלפון. השתמשו בספרות, וב־+ לקידומת המדינה.</translation>
    </message>
    <message>
        <source>That phone number has too few or too many digits.</source>
        <translation>במספר הזה יש מעט מדי או יותר מדי ספרות.</translation>
    </message>
    <message>
        <source>That phone number isn&apos;t valid. Check the country code and the digits.</source>
        <translation>המספר הזה אינו תקין. בדקו את קידומת המדינה ואת הספרות.</translation>
    </message>
    <message>
        <source>Please use a mobile number: landlines can&apos;t receive photos.</source>
        <translation>השתמשו במספר נייד: טלפון קווי לא יכול לקבל תמונות.</translation>
    </message>
    <message>
        <source>Choose how we should send your photo: email, text message, or both.</source>
        <translation>בחרו איך לשלוח את התמונה: אימייל, הודעת טקסט, או שניהם.</translation>
    </message>
    <message>
        <source>Sorry, that photo didn&apos;t work. Let&apos;s try again.</source>
        <translation>מצטערים, הצילום לא הצליח. ננסה שוב.</translation>
    </message>
    <message>
        <source>Something went wrong while saving. Please try again or ask a member of staff.</source>
        <translation>משהו השתבש בשמירה. נסו שוב או פנו לאחד מאנשי הצוות.</translation>
    </message>
    <message>
        <source>That name is too long (at most {0} characters).</source>
        <translation>השם ארוך מדי (לכל היותר {0} תווים).</translation>
    </message>
    <message>
        <source>That email address is too long (at most {0} characters).</source>
        <translation>כתובת האימייל ארוכה מדי (לכל היותר {0} תווים).</translation>
    </message>
    <message>
        <source>That phone number is too long (at most {0} characters).</source>
        <translation>המספר ארוך מדי (לכל היותר {0} תווים).</translation>
    </message>
    <message>
        <source>That name contains characters we can&apos;t use. Please retype it.</source>
        <translation>בשם יש תווים שאיננו יכולים להשתמש בהם. הקלידו אותו שוב.</translation>
    </message>
    <message>
        <source>That email address contains characters we can&apos;t use. Please retype it.</source>
        <translation>בכתובת האימייל יש תווים שאיננו יכולים להשתמש בהם. הקלידו אותה שוב.</translation>
    </message>
    <message>
        <source>That phone number contains characters we can&apos;t use. Please retype it.</source>
        <translation>במספר יש תווים שאיננו יכולים להשתמש בהם. הקלידו אותו שוב.</translation>
    </message>
    <message>
        <source>That email address doesn&apos;t look right. Please check it, like name@example.com.</source>
        <translation>כתובת האימייל לא נראית תקינה. בדקו אותה, למשל name@example.com.</translation>
    </message>
    <message>
        <source>We couldn&apos;t save your photo. Please ask a member of staff.</source>
        <translation>לא הצלחנו לשמור את התמונה. פנו לאחד מאנשי הצוות.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>אות גדולה</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>רווח</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>אותיות עם סימנים</translation>
    </message>
    <message>
        <source>More accented letters</source>
        <translation>עוד אותיות עם סימנים</translation>
    </message>
    <message>
        <source>Vietnamese letters</source>
        <translation>אותיות וייטנאמיות</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>סימנים</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>סגירת המקלדת</translation>
    </message>
    <message>
        <source>Grave accent</source>
        <translation>סימן הטעמה יורד</translation>
    </message>
    <message>
        <source>Acute accent</source>
        <translation>סימן הטעמה עולה</translation>
    </message>
    <message>
        <source>Hook above</source>
        <translation>וו עליון</translation>
    </message>
    <message>
        <source>Tilde</source>
        <translation>טילדה</translation>
    </message>
    <message>
        <source>Dot below</source>
        <translation>נקודה מתחת</translation>
    </message>
    <message>
        <source>Hebrew letters</source>
        <translation>אותיות עבריות</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>אותיות ערביות</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>אותיות קיריליות</translation>
    </message>
    <message>
        <source>Greek letters</source>
        <translation>אותיות יווניות</translation>
    </message>
    <message>
        <source>Plain letters</source>
        <translation>אותיות רגילות</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>אותיות לועזיות</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>OutOfOrderWindow</name>
    <message>
        <source>The photo booth is closed for a moment</source>
        <translation>עמדת הצילום סגורה לרגע</translation>
    </message>
    <message>
        <source>Sorry! Please come back a little later.</source>
        <translation>מצטערים! חזרו מעט מאוחר יותר.</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>failed (will not be retried by itself)</source>
        <translation>נכשל (לא יישלח שוב מעצמו)</translation>
    </message>
    <message>
        <source>dead letter (too old to send)</source>
        <translation>פג תוקף (ישן מכדי לשלוח)</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>ממתין לניסיון חוזר</translation>
    </message>
    <message>
        <source>held: the person is restricted</source>
        <translation>מעוכב: האדם מוגבל</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <source>Deliveries that are not on their way. Retry sends one again; Drop gives up on it (the photo stays in the records until the retention rules remove it).</source>
        <translation>משלוחים שלא יצאו לדרכם. ניסיון חוזר שולח שוב; הסרה מוותרת עליו (התמונה נשארת ברשומות עד שכללי השמירה מוחקים אותה).</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>משלוח</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>ניסיונות</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>נוצר (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <source>Retry {id}</source>
        <translation>ניסיון חוזר {id}</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Drop {id}</source>
        <translation>הסרת {id}</translation>
    </message>
    <message>
        <source>Paused channels: {list}</source>
        <translation>ערוצים מושהים: {list}</translation>
    </message>
    <message>
        <source>{channel} until {time} ({reason})</source>
        <translation>ערוץ {channel} עד {time} ({reason})</translation>
    </message>
    <message>
        <source>No channel is paused.</source>
        <translation>אף ערוץ אינו מושהה.</translation>
    </message>
    <message>
        <source>Nothing waiting: every delivery is sent or on its way.</source>
        <translation>אין משלוחים ממתינים: כולם נשלחו או בדרך.</translation>
    </message>
    <message>
        <source>Delivery {id} queued again.</source>
        <translation>משלוח {id} הוחזר לתור.</translation>
    </message>
    <message>
        <source>Delivery {id} dropped.</source>
        <translation>משלוח {id} הוסר.</translation>
    </message>
    <message>
        <source>Delivery {id} could not be queued again (it changed meanwhile).</source>
        <translation>לא ניתן היה להחזיר את משלוח {id} לתור (הוא השתנה בינתיים).</translation>
    </message>
    <message>
        <source>Delivery {id} could not be dropped (it changed meanwhile).</source>
        <translation>לא ניתן היה להסיר את משלוח {id} (הוא השתנה בינתיים).</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>delivery</source>
        <translation>משלוח</translation>
    </message>
    <message>
        <source>publish social</source>
        <translation>פרסום ברשתות</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>חזרה לחיפוש</translation>
    </message>
    <message>
        <source>Person {id}: {n} visit(s)</source>
        <translation>אדם {id}: ביקורים: {n}</translation>
    </message>
    <message>
        <source>RESTRICTED since {date}</source>
        <translation>מוגבל מאז {date}</translation>
    </message>
    <message>
        <source>LEGAL HOLD since {date} ({reason})</source>
        <translation>עיכוב משפטי מאז {date} ({reason})</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>אין תמונה</translation>
    </message>
    <message>
        <source>loading photo…</source>
        <translation>טוען תמונה…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>{when} UTC  ·  store {store}, kiosk {kiosk}</source>
        <translation>⁦{when} UTC⁩  ·  חנות {store}, קיוסק {kiosk}</translation>
    </message>
    <message>
        <source>Personal data removed on {date} (retention).</source>
        <translation>המידע האישי נמחק ב־{date} (מדיניות שמירה).</translation>
    </message>
    <message>
        <source>Name: {name}   Email: {email}   Phone: {phone}</source>
        <translation>שם: ⁨{name}⁩   אימייל: ⁦{email}⁩   טלפון: ⁦{phone}⁩</translation>
    </message>
    <message>
        <source>{purpose}: {state}  (notice {id} v{version}, {language})</source>
        <translation>{purpose}: {state}  (הודעה ⁦{id}⁩ גרסה {version}, {language})</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>הסכמות:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>לא נרשמו</translation>
    </message>
    <message>
        <source>Deliveries: {list}</source>
        <translation>משלוחים: {list}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>withdrawn {date} ({channel})</source>
        <translation>בוטלה ב־{date} ({channel})</translation>
    </message>
    <message>
        <source>given</source>
        <translation>ניתנה</translation>
    </message>
    <message>
        <source>not given (box left unticked)</source>
        <translation>לא ניתנה (התיבה לא סומנה)</translation>
    </message>
    <message>
        <source>photo unreadable</source>
        <translation>התמונה אינה קריאה</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>ספרה {digit}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>{n} digits typed</source>
        <translation>הוקלדו {n} ספרות</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>The admin area is closed</source>
        <translation>אזור הניהול סגור</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>קוד PIN של הצוות</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>קוד PIN של המנהל</translation>
    </message>
    <message>
        <source>Setup: type the setup code given when the kiosk was installed</source>
        <translation>הגדרה: הקלידו את קוד ההגדרה שנמסר בהתקנת הקיוסק</translation>
    </message>
    <message>
        <source>Setup: choose the staff PIN (4 to 8 digits)</source>
        <translation>הגדרה: בחרו קוד PIN לצוות (4 עד 8 ספרות)</translation>
    </message>
    <message>
        <source>Type the staff PIN again</source>
        <translation>הקלידו שוב את קוד ה־PIN של הצוות</translation>
    </message>
    <message>
        <source>Now choose the manager PIN (different from the staff PIN)</source>
        <translation>עכשיו בחרו קוד PIN למנהל (שונה מהקוד של הצוות)</translation>
    </message>
    <message>
        <source>Type the manager PIN again</source>
        <translation>הקלידו שוב את קוד ה־PIN של המנהל</translation>
    </message>
    <message>
        <source>Type your current staff PIN</source>
        <translation>הקלידו את קוד ה־PIN הנוכחי של הצוות</translation>
    </message>
    <message>
        <source>Reset the staff PIN: type your manager PIN</source>
        <translation>איפוס קוד ה־PIN של הצוות: הקלידו את קוד ה־PIN שלכם כמנהל</translation>
    </message>
    <message>
        <source>Change the manager PIN: type your manager PIN</source>
        <translation>שינוי קוד ה־PIN של המנהל: הקלידו את קוד ה־PIN שלכם כמנהל</translation>
    </message>
    <message>
        <source>Choose the new staff PIN (4 to 8 digits)</source>
        <translation>בחרו קוד PIN חדש לצוות (4 עד 8 ספרות)</translation>
    </message>
    <message>
        <source>Choose the new manager PIN (4 to 8 digits)</source>
        <translation>בחרו קוד PIN חדש למנהל (4 עד 8 ספרות)</translation>
    </message>
    <message>
        <source>Type the new staff PIN again</source>
        <translation>הקלידו שוב את קוד ה־PIN החדש של הצוות</translation>
    </message>
    <message>
        <source>Type the new manager PIN again</source>
        <translation>הקלידו שוב את קוד ה־PIN החדש של המנהל</translation>
    </message>
    <message>
        <source>To provision it, run “photobooth-kiosk pins setup-code” on the kiosk and type the code it prints here.</source>
        <translation>כדי להגדיר אותו מחדש, הריצו בקיוסק את הפקודה ⁦photobooth-kiosk pins setup-code⁩ והקלידו כאן את הקוד שהיא מציגה.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s PINs have not been set up yet.</source>
        <translation>קודי ה־PIN של הקיוסק הזה עדיין לא הוגדרו.</translation>
    </message>
    <message>
        <source>The PIN record is missing from the kiosk&apos;s data folder.</source>
        <translation>קובץ קודי ה־PIN חסר בתיקיית הנתונים של הקיוסק.</translation>
    </message>
    <message>
        <source>The PIN record was changed or replaced outside the kiosk, or comes from an older version.</source>
        <translation>קובץ קודי ה־PIN שונה או הוחלף מחוץ לקיוסק, או שהוא מגרסה ישנה יותר.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>קוד PIN הוא בן 4 עד 8 ספרות.</translation>
    </message>
    <message>
        <source>That PIN repeats itself (like 1111 or 1212): choose another.</source>
        <translation>הקוד הזה חוזר על עצמו (כמו 1111 או 1212): בחרו קוד אחר.</translation>
    </message>
    <message>
        <source>That PIN is a run of digits (like 1234 or 4321): choose another.</source>
        <translation>הקוד הזה הוא רצף ספרות (כמו 1234 או 4321): בחרו קוד אחר.</translation>
    </message>
    <message>
        <source>That PIN is a pattern on the keypad (like 2580 or 1379): choose another.</source>
        <translation>הקוד הזה יוצר צורה על המקלדת (כמו 2580 או 1379): בחרו קוד אחר.</translation>
    </message>
    <message>
        <source>That PIN is one of the most common PINs: choose another.</source>
        <translation>הקוד הזה הוא מהקודים הנפוצים ביותר: בחרו קוד אחר.</translation>
    </message>
    <message>
        <source>The staff and manager PINs must be different.</source>
        <translation>קוד הצוות וקוד המנהל חייבים להיות שונים.</translation>
    </message>
    <message>
        <source>The PIN record could not be read: {reason}</source>
        <translation>לא ניתן היה לקרוא את קובץ קודי ה־PIN: {reason}</translation>
    </message>
    <message>
        <source>That is not the setup code.</source>
        <translation>זה אינו קוד ההגדרה.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please start again.</source>
        <translation>שני הקודים אינם זהים. נא להתחיל מחדש.</translation>
    </message>
    <message>
        <source>The staff PIN was changed.</source>
        <translation>קוד ה־PIN של הצוות שונה.</translation>
    </message>
    <message>
        <source>The manager PIN was changed.</source>
        <translation>קוד ה־PIN של המנהל שונה.</translation>
    </message>
    <message>
        <source>The staff PIN was reset.</source>
        <translation>קוד ה־PIN של הצוות אופס.</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left before the pad locks.</source>
        <translation>קוד PIN שגוי. נותרו {n} ניסיונות לפני נעילת המקלדת.</translation>
    </message>
    <message>
        <source>Wrong PIN. The pad is locked for {seconds} s.</source>
        <translation>קוד PIN שגוי. המקלדת נעולה למשך {seconds} שניות.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>יותר מדי קודים שגויים. נסו שוב בעוד {seconds} שניות.</translation>
    </message>
    <message>
        <source>The PIN could not be saved or checked.</source>
        <translation>לא ניתן היה לשמור או לבדוק את קוד ה־PIN.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Camera unavailable — we&apos;re reconnecting…</source>
        <translation>המצלמה אינה זמינה — מתחברים מחדש…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Please wait a moment.</source>
        <translation>זה לוקח בדרך כלל כמה שניות. נא להמתין רגע.</translation>
    </message>
</context>
<context>
    <name>RecordsSearch</name>
    <message>
        <source>Find a person by the email address or mobile number they gave at the kiosk.</source>
        <translation>חיפוש אדם לפי כתובת האימייל או מספר הנייד שמסר בקיוסק.</translation>
    </message>
    <message>
        <source>Email or phone, e.g. ada@example.com or +1 415 555 0100</source>
        <translation>אימייל או טלפון, למשל ada@example.com או ‎+1 415 555 0100</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>אימייל או טלפון</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>מקלדת</translation>
    </message>
    <message>
        <source>Type an email address or phone number first.</source>
        <translation>הקלידו קודם כתובת אימייל או מספר טלפון.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>מחפשים…</translation>
    </message>
    <message>
        <source>Nobody found with that email or phone.</source>
        <translation>לא נמצא אף אחד עם האימייל או הטלפון הזה.</translation>
    </message>
    <message>
        <source>{n} people gave this. Choose one (each is a separate person in the records):</source>
        <translation>{n} אנשים מסרו את הפרט הזה. בחרו אחד (כל אחד הוא אדם נפרד ברשומות):</translation>
    </message>
    <message>
        <source>Person {id}: {n} visit(s), first on {first}</source>
        <translation>אדם {id}: ביקורים: {n}, הראשון ב־{first}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like it?</source>
        <translation>אהבתם?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>התמונה שלך</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>התמונה הזו מתאימה</translation>
    </message>
    <message>
        <source>Retake ({left} left)</source>
        <translation>צילום חוזר (נשארו {left})</translation>
    </message>
    <message>
        <source>No retakes left</source>
        <translation>לא נשארו צילומים חוזרים</translation>
    </message>
</context>
<context>
    <name>RightsActions</name>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>A zip of everything held about the person, for them to keep.</source>
        <translation>קובץ zip עם כל המידע השמור על האדם, למסירה לו.</translation>
    </message>
    <message>
        <source>Correct their details</source>
        <translation>תיקון הפרטים</translation>
    </message>
    <message>
        <source>Fill only what changes; empty fields stay as they are.</source>
        <translation>מלאו רק את מה שמשתנה; שדות ריקים יישארו כפי שהם.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>Stop the social team using their photos; they get a take-down notice.</source>
        <translation>צוות הרשתות יפסיק להשתמש בתמונות; הוא יקבל הודעת הסרה.</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>הגבלה</translation>
    </message>
    <message>
        <source>Nothing of theirs is sent, published or synced until you lift it.</source>
        <translation>שום דבר שלו לא יישלח, יפורסם או יסונכרן עד להסרת ההגבלה.</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>עיכוב משפטי</translation>
    </message>
    <message>
        <source>Nothing of theirs is deleted (not even by erasure) until released.</source>
        <translation>שום דבר שלו לא יימחק (גם לא במחיקה יזומה) עד לשחרור.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Removes every visit, photo, consent record and delivery of this person, and every copy. It cannot be undone. Type {word} to confirm.</source>
        <translation>מוחק כל ביקור, תמונה, רישום הסכמה ומשלוח של האדם, וכל עותק. אי אפשר לבטל זאת. הקלידו {word} לאישור.</translation>
    </message>
    <message>
        <source>Folder for the zip</source>
        <translation>תיקייה לקובץ ה־zip</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>תיקיית ייצוא</translation>
    </message>
    <message>
        <source>Removable drives</source>
        <translation>כוננים נשלפים</translation>
    </message>
    <message>
        <source>Correct name</source>
        <translation>שם מתוקן</translation>
    </message>
    <message>
        <source>Correct email</source>
        <translation>אימייל מתוקן</translation>
    </message>
    <message>
        <source>Correct phone</source>
        <translation>טלפון מתוקן</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>שמירת התיקונים</translation>
    </message>
    <message>
        <source>Case reference (no personal data)</source>
        <translation>מספר תיק (ללא מידע אישי)</translation>
    </message>
    <message>
        <source>Legal hold reason</source>
        <translation>סיבת העיכוב המשפטי</translation>
    </message>
    <message>
        <source>Type {word}</source>
        <translation>הקלידו {word}</translation>
    </message>
    <message>
        <source>Erase confirmation</source>
        <translation>אישור מחיקה</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>מחיקת האדם</translation>
    </message>
    <message>
        <source>Place legal hold</source>
        <translation>הטלת עיכוב משפטי</translation>
    </message>
    <message>
        <source>Withdraw publish consent</source>
        <translation>ביטול ההסכמה לפרסום</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>הסרת ההגבלה</translation>
    </message>
    <message>
        <source>Release the legal hold</source>
        <translation>שחרור העיכוב המשפטי</translation>
    </message>
    <message>
        <source>No active publish consent</source>
        <translation>אין הסכמה פעילה לפרסום</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>מבצעים…</translation>
    </message>
    <message>
        <source>Exported with {n} photo(s) to {path}</source>
        <translation>יוצא עם {n} תמונות אל ⁦{path}⁩</translation>
    </message>
    <message>
        <source>Fill in at least one corrected detail first.</source>
        <translation>מלאו קודם לפחות פרט מתוקן אחד.</translation>
    </message>
    <message>
        <source>Corrected on {n} visit(s).</source>
        <translation>תוקן ב־{n} ביקורים.</translation>
    </message>
    <message>
        <source>Publish consent withdrawn on {n} visit(s); the next social export lists their photos for take-down.</source>
        <translation>ההסכמה לפרסום בוטלה ב־{n} ביקורים; הייצוא הבא לרשתות יכלול את התמונות להסרה.</translation>
    </message>
    <message>
        <source>There was no active publish consent; nothing changed.</source>
        <translation>לא הייתה הסכמה פעילה לפרסום; דבר לא השתנה.</translation>
    </message>
    <message>
        <source>Restriction lifted; {n} delivery(ies) back in the queue.</source>
        <translation>ההגבלה הוסרה; {n} משלוחים חזרו לתור.</translation>
    </message>
    <message>
        <source>Restricted: nothing is sent, published or synced; {n} delivery(ies) held.</source>
        <translation>הוגבל: דבר לא נשלח, מפורסם או מסונכרן; {n} משלוחים מעוכבים.</translation>
    </message>
    <message>
        <source>The store&apos;s legal hold is released. Head office still holds this person ({reasons}); only head office can release that.</source>
        <translation>העיכוב המשפטי של החנות שוחרר. המטה עדיין מעכב את האדם הזה ({reasons}); רק המטה יכול לשחרר זאת.</translation>
    </message>
    <message>
        <source>Legal hold released.</source>
        <translation>העיכוב המשפטי שוחרר.</translation>
    </message>
    <message>
        <source>Legal hold placed: nothing of theirs will be deleted until released.</source>
        <translation>הוטל עיכוב משפטי: שום דבר שלו לא יימחק עד לשחרור.</translation>
    </message>
    <message>
        <source>Erased: {visits} visit(s), {photos} photo(s), {deliveries} delivery record(s), {copies} copy file(s).</source>
        <translation>נמחקו: ביקורים: {visits}, תמונות: {photos}, רשומות משלוח: {deliveries}, קובצי עותק: {copies}.</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending your photo…</source>
        <translation>שולחים את התמונה…</translation>
    </message>
    <message>
        <source>This only takes a moment.</source>
        <translation>זה ייקח רק רגע.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Undo changes</source>
        <translation>ביטול השינויים</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>שמירת ההגדרות</translation>
    </message>
    <message>
        <source>Restart to apply</source>
        <translation>הפעלה מחדש להחלה</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <source>Preview the branding frame on a live photo</source>
        <translation>תצוגה מקדימה של המסגרת על תמונה חיה</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Remove the saved {title}</source>
        <translation>הסרת הערך השמור של {title}</translation>
    </message>
    <message>
        <source>({minimum} to {maximum})</source>
        <translation>({minimum} עד {maximum})</translation>
    </message>
    <message>
        <source>(list them with a comma between each)</source>
        <translation>(הפרידו ביניהם בפסיק)</translation>
    </message>
    <message>
        <source>Set by head office (group {group}): this kiosk cannot change it.</source>
        <translation>נקבע על ידי המטה (קבוצה {group}): עמדה זו אינה יכולה לשנות זאת.</translation>
    </message>
    <message>
        <source>Only the manager can change this: it decides where data is sent.</source>
        <translation>רק המנהל יכול לשנות הגדרה זו: היא קובעת לאן נשלחים הנתונים.</translation>
    </message>
    <message>
        <source>Each change of this setting is recorded in the audit log.</source>
        <translation>כל שינוי בהגדרה זו נרשם ביומן הביקורת.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>פועל</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <source>removed when you save</source>
        <translation>יוסר בעת השמירה</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>נשמר</translation>
    </message>
    <message>
        <source>saved, ends in …{last}</source>
        <translation>נשמר, מסתיים ב־⁦…{last}⁩</translation>
    </message>
    <message>
        <source>{hint}: type to replace</source>
        <translation>{hint}: הקלידו כדי להחליף</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>לא היו שינויים.</translation>
    </message>
    <message>
        <source>Not saved: {n} setting(s) need fixing (see the red notes).</source>
        <translation>לא נשמר: יש לתקן {n} הגדרות (ראו את ההערות באדום).</translation>
    </message>
    <message>
        <source>Saved {n} change(s). They apply when the kiosk restarts: tap Restart to apply when no visitor is waiting.</source>
        <translation>נשמרו {n} שינויים. הם ייכנסו לתוקף כשהקיוסק יופעל מחדש: געו בהפעלה מחדש להחלה כשאין מבקרים ממתינים.</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written ({reason}).</source>
        <translation>לא נשמר: לא ניתן היה לכתוב את קובץ ההגדרות ({reason}).</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Store</source>
        <translation>חנות</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>קוד החנות</translation>
    </message>
    <message>
        <source>Store code used in consent records.</source>
        <translation>קוד החנות שנרשם ברשומות ההסכמה.</translation>
    </message>
    <message>
        <source>Kiosk code</source>
        <translation>קוד הקיוסק</translation>
    </message>
    <message>
        <source>This kiosk&apos;s code, unique within the store.</source>
        <translation>הקוד של הקיוסק הזה, ייחודי בחנות.</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>שם החנות</translation>
    </message>
    <message>
        <source>Shown to visitors and in messages.</source>
        <translation>מוצג למבקרים ובהודעות.</translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation>פניות בנושא פרטיות</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>תחום שיפוט</translation>
    </message>
    <message>
        <source>Country or region whose law applies here.</source>
        <translation>המדינה או האזור שהחוק שלהם חל כאן.</translation>
    </message>
    <message>
        <source>Visitor flow</source>
        <translation>מסלול המבקר</translation>
    </message>
    <message>
        <source>Idle timeout (seconds)</source>
        <translation>זמן ללא פעילות (שניות)</translation>
    </message>
    <message>
        <source>Seconds without a touch before the kiosk returns to the start.</source>
        <translation>שניות ללא מגע לפני שהקיוסק חוזר להתחלה.</translation>
    </message>
    <message>
        <source>Countdown (seconds)</source>
        <translation>ספירה לאחור (שניות)</translation>
    </message>
    <message>
        <source>Seconds counted down before the photo is taken.</source>
        <translation>שניות הספירה לאחור לפני הצילום.</translation>
    </message>
    <message>
        <source>Retakes allowed</source>
        <translation>צילומים חוזרים מותרים</translation>
    </message>
    <message>
        <source>How many times a visitor may retake the photo.</source>
        <translation>כמה פעמים מבקר יכול לצלם מחדש.</translation>
    </message>
    <message>
        <source>Thank-you screen (seconds)</source>
        <translation>מסך התודה (שניות)</translation>
    </message>
    <message>
        <source>Seconds the thank-you screen stays before the next visitor.</source>
        <translation>כמה שניות מסך התודה נשאר לפני המבקר הבא.</translation>
    </message>
    <message>
        <source>Store language</source>
        <translation>שפת החנות</translation>
    </message>
    <message>
        <source>Language of the visitor screens until a visitor picks another; every new visitor starts in it.</source>
        <translation>שפת מסכי המבקרים עד שמבקר בוחר שפה אחרת; כל מבקר חדש מתחיל בה.</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>שפות מוצעות</translation>
    </message>
    <message>
        <source>Shutter sound</source>
        <translation>צליל צמצם</translation>
    </message>
    <message>
        <source>Play a shutter sound when the photo is taken (needs pw-play, paplay or aplay).</source>
        <translation>השמעת צליל צמצם ברגע הצילום (דורש pw-play,‏ paplay או aplay).</translation>
    </message>
    <message>
        <source>&apos;Still there?&apos; prompt (seconds)</source>
        <translation>ההודעה ״עדיין כאן?״ (שניות)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>מצלמה</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>מקור המצלמה</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>רוחב (פיקסלים)</translation>
    </message>
    <message>
        <source>Requested capture width in pixels.</source>
        <translation>רוחב הצילום המבוקש, בפיקסלים.</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>גובה (פיקסלים)</translation>
    </message>
    <message>
        <source>Requested capture height in pixels.</source>
        <translation>גובה הצילום המבוקש, בפיקסלים.</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>תמונות לשנייה</translation>
    </message>
    <message>
        <source>Requested frames per second.</source>
        <translation>מספר התמונות לשנייה המבוקש.</translation>
    </message>
    <message>
        <source>Mirror the preview</source>
        <translation>תצוגה כמו במראה</translation>
    </message>
    <message>
        <source>Show the live preview like a mirror; the photo itself is never mirrored.</source>
        <translation>התצוגה החיה מוצגת כמו במראה; התמונה עצמה אף פעם לא הפוכה.</translation>
    </message>
    <message>
        <source>High-resolution photo</source>
        <translation>תמונה ברזולוציה גבוהה</translation>
    </message>
    <message>
        <source>Take the photo in the camera&apos;s bigger still mode, then go back to the preview size (the preview pauses for a moment while the camera switches).</source>
        <translation>צילום התמונה במצב הצילום הגדול של המצלמה, ואז חזרה לגודל התצוגה (התצוגה נעצרת לרגע בזמן שהמצלמה מחליפה מצב).</translation>
    </message>
    <message>
        <source>Photo width (pixels)</source>
        <translation>רוחב התמונה (פיקסלים)</translation>
    </message>
    <message>
        <source>Width asked for in the still mode; used only when it is bigger than the preview.</source>
        <translation>הרוחב המבוקש במצב צילום; בשימוש רק כשהוא גדול מזה של התצוגה.</translation>
    </message>
    <message>
        <source>Photo height (pixels)</source>
        <translation>גובה התמונה (פיקסלים)</translation>
    </message>
    <message>
        <source>Height asked for in the still mode.</source>
        <translation>הגובה המבוקש במצב צילום.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>יחס רוחב־גובה</translation>
    </message>
    <message>
        <source>Branding frame</source>
        <translation>מסגרת מיתוג</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>איכות JPEG</translation>
    </message>
    <message>
        <source>JPEG quality of the delivered photo.</source>
        <translation>איכות ה־JPEG של התמונה שנשלחת.</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>מיתוג</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>צבע הדגשה</translation>
    </message>
    <message>
        <source>Accent colour of buttons and headings as #rrggbb, or empty for the house gold.</source>
        <translation>צבע ההדגשה של הכפתורים והכותרות בתבנית ‎#rrggbb, או ריק לזהב של הבית.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>לוגו</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>גופן</translation>
    </message>
    <message>
        <source>Font family of the visitor screens (installed on this computer), or empty for the default.</source>
        <translation>משפחת הגופן של מסכי המבקרים (מותקנת במחשב זה), או ריק לברירת המחדל.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>משלוח</translation>
    </message>
    <message>
        <source>Delivery mode</source>
        <translation>מצב משלוח</translation>
    </message>
    <message>
        <source>Email delivery</source>
        <translation>משלוח באימייל</translation>
    </message>
    <message>
        <source>Offer delivery by email.</source>
        <translation>הצעת משלוח באימייל.</translation>
    </message>
    <message>
        <source>Text message delivery</source>
        <translation>משלוח בהודעת טקסט</translation>
    </message>
    <message>
        <source>Offer delivery by text message.</source>
        <translation>הצעת משלוח בהודעת טקסט.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>מדינת ברירת המחדל</translation>
    </message>
    <message>
        <source>Country assumed for phone numbers typed without +.</source>
        <translation>המדינה של מספרי טלפון שהוקלדו בלי הסימן +.</translation>
    </message>
    <message>
        <source>Phone countries</source>
        <translation>מדינות למספרי טלפון</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>נושא האימייל</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>כתובת השולח</translation>
    </message>
    <message>
        <source>Sender address of the photo emails.</source>
        <translation>כתובת השולח של הודעות האימייל עם התמונות.</translation>
    </message>
    <message>
        <source>Text message sender</source>
        <translation>השולח של הודעות הטקסט</translation>
    </message>
    <message>
        <source>Sender number or Messaging Service SID for text messages.</source>
        <translation>מספר השולח או ה־SID של Messaging Service להודעות טקסט.</translation>
    </message>
    <message>
        <source>QR code pickup</source>
        <translation>קבלה בקוד QR</translation>
    </message>
    <message>
        <source>Offer &apos;no contact details, show me a QR code&apos; (needs the media host).</source>
        <translation>הצעת ״בלי פרטי קשר, הציגו לי קוד QR״ (דורש את אחסון התמונות).</translation>
    </message>
    <message>
        <source>Delivery: email through SendGrid</source>
        <translation>משלוח: אימייל דרך SendGrid</translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation>מפתח API של SendGrid</translation>
    </message>
    <message>
        <source>SendGrid API URL</source>
        <translation>כתובת ה־API של SendGrid</translation>
    </message>
    <message>
        <source>SendGrid API base URL (https://api.eu.sendgrid.com/v3 for EU data residency).</source>
        <translation>כתובת הבסיס של ה־API של SendGrid (⁦https://api.eu.sendgrid.com/v3⁩ כדי שהנתונים יישמרו באיחוד האירופי).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>שם השולח</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>כתובת Reply-To</translation>
    </message>
    <message>
        <source>Delivery: text messages through Twilio</source>
        <translation>משלוח: הודעות טקסט דרך Twilio</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>מזהה SID של חשבון Twilio</translation>
    </message>
    <message>
        <source>Twilio Account SID (AC...).</source>
        <translation>מזהה ה־Account SID של Twilio (⁦AC...⁩).</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>אסימון האימות של Twilio</translation>
    </message>
    <message>
        <source>Twilio Auth Token.</source>
        <translation>ה־Auth Token של Twilio.</translation>
    </message>
    <message>
        <source>Shorten links</source>
        <translation>קיצור קישורים</translation>
    </message>
    <message>
        <source>Ask Twilio to shorten the photo link (needs a Messaging Service SID in sms_from with link shortening set up).</source>
        <translation>בקשה מ־Twilio לקצר את הקישור לתמונה (דורש SID של Messaging Service ב־⁦sms_from⁩, עם קיצור קישורים מוגדר).</translation>
    </message>
    <message>
        <source>MMS countries</source>
        <translation>מדינות MMS</translation>
    </message>
    <message>
        <source>Countries whose visitors get the photo itself (MMS); others get a link (SMS).</source>
        <translation>מדינות שהמבקרים מהן מקבלים את התמונה עצמה (MMS); האחרים מקבלים קישור (SMS).</translation>
    </message>
    <message>
        <source>Delivery: photo host for text messages and QR pickup</source>
        <translation>משלוח: אחסון התמונות להודעות טקסט ולקוד QR</translation>
    </message>
    <message>
        <source>S3 endpoint URL</source>
        <translation>כתובת נקודת הקצה של S3</translation>
    </message>
    <message>
        <source>S3 endpoint URL; empty: AWS S3 in the region below. R2: https://&lt;account&gt;.r2.cloudflarestorage.com.</source>
        <translation>ריק: AWS S3 באזור שלמטה. ב־R2: ⁦https://&lt;account&gt;.r2.cloudflarestorage.com⁩.</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>שם ה־bucket</translation>
    </message>
    <message>
        <source>Bucket region</source>
        <translation>האזור של ה־bucket</translation>
    </message>
    <message>
        <source>Bucket region (R2: auto).</source>
        <translation>האזור של ה־bucket (ב־R2: ⁦auto⁩).</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>מזהה מפתח הגישה</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>מפתח הגישה הסודי</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>תיקייה ב־bucket</translation>
    </message>
    <message>
        <source>Folder in the bucket for hosted photos.</source>
        <translation>התיקייה ב־bucket שבה התמונות מאוחסנות.</translation>
    </message>
    <message>
        <source>Link lifetime (hours)</source>
        <translation>תוקף הקישור (שעות)</translation>
    </message>
    <message>
        <source>Hours a photo link works (at most 7 days, S3&apos;s limit).</source>
        <translation>כמה שעות קישור לתמונה עובד (עד 7 ימים, המגבלה של S3).</translation>
    </message>
    <message>
        <source>Path-style addressing</source>
        <translation>כתובות בסגנון path</translation>
    </message>
    <message>
        <source>Path-style bucket addressing (MinIO usually needs it).</source>
        <translation>כתובת ה־bucket בסגנון path (בדרך כלל נדרש ל־MinIO).</translation>
    </message>
    <message>
        <source>Delivery: outbox limits</source>
        <translation>משלוח: המגבלות של תור השליחה</translation>
    </message>
    <message>
        <source>Emails per second</source>
        <translation>הודעות אימייל לשנייה</translation>
    </message>
    <message>
        <source>Head office&apos;s public web address, as printed when head office added this kiosk. Each message then carries a link where the visitor can stop publishing or delete their photo; leave it empty and the message says to write to the privacy contact.</source>
        <translation>הכתובת הציבורית של המטה באינטרנט, כפי שהודפסה כשהמטה הוסיף את העמדה. כל הודעה תכלול אז קישור שבו המבקר יכול להפסיק את הפרסום או למחוק את התמונה שלו; השאירו ריק וההודעה תנחה לכתוב לאיש הקשר לפרטיות.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s key for signing visitors&apos; links, as printed when head office added this kiosk.</source>
        <translation>המפתח של העמדה לחתימה על הקישורים למבקרים, כפי שהודפס כשהמטה הוסיף את העמדה.</translation>
    </message>
    <message>
        <source>Where visitors can reach the store about their data: an email address or a web page.</source>
        <translation>איפה המבקרים יכולים לפנות לחנות בנוגע למידע שלהם: כתובת אימייל או דף אינטרנט.</translation>
    </message>
    <message>
        <source>The languages visitors can choose on the first screen: en for English, fr for French, he for Hebrew. With only one, no choice is shown.</source>
        <translation>השפות שהמבקרים יכולים לבחור במסך הראשון: en לאנגלית, fr לצרפתית, he לעברית. אם יש רק אחת, לא מוצגת בחירה.</translation>
    </message>
    <message>
        <source>Seconds the &apos;Still there?&apos; prompt counts down before the kiosk starts over; 0 for no prompt.</source>
        <translation>מספר השניות שבהן ההודעה &apos;עדיין כאן?&apos; סופרת לאחור לפני שהעמדה מתחילה מחדש; 0 כדי לא להציג אותה.</translation>
    </message>
    <message>
        <source>Which camera to use: its number (0 for the first one), its device path, or a video file. The Camera tab finds them for you.</source>
        <translation>באיזו מצלמה להשתמש: המספר שלה (0 לראשונה), נתיב ההתקן שלה, או קובץ וידאו. הלשונית &apos;מצלמה&apos; מוצאת אותן בשבילכם.</translation>
    </message>
    <message>
        <source>Shape of the finished photo, as width:height, for example 4:3 or 1:1.</source>
        <translation>צורת התמונה המוגמרת, ברוחב:גובה, למשל 4:3 או 1:1.</translation>
    </message>
    <message>
        <source>The frame drawn around every photo (a picture in the kiosk&apos;s frames folder). Leave it empty for no frame. Preview shows it on a live photo.</source>
        <translation>המסגרת שמצוירת סביב כל תמונה (תמונה מתיקיית המסגרות של העמדה). השאירו ריק ללא מסגרת. &apos;תצוגה מקדימה&apos; מראה אותה על תמונה חיה.</translation>
    </message>
    <message>
        <source>The store&apos;s logo, large on the start screen and small at the top of the other visitor screens: a PNG, JPEG or SVG file (full path, or a name in assets/frames), or empty for none.</source>
        <translation>הלוגו של החנות, גדול במסך הפתיחה וקטן בראש שאר מסכי המבקרים: קובץ PNG,‏ JPEG או SVG (נתיב מלא, או שם בתיקייה assets/frames), או ריק ללא לוגו.</translation>
    </message>
    <message>
        <source>Dry run writes each message to a folder on the kiosk instead of sending it; Live sends it for real.</source>
        <translation>הרצת ניסיון כותבת כל הודעה לתיקייה בעמדה במקום לשלוח אותה; Live שולחת אותה באמת.</translation>
    </message>
    <message>
        <source>Countries a visitor can pick for their mobile number, by their two-letter code: US, FR, IL…</source>
        <translation>המדינות שמבקר יכול לבחור למספר הנייד שלו, לפי הקוד בן שתי האותיות: US, FR, IL…</translation>
    </message>
    <message>
        <source>Your own email subject, used in every language; {store} is replaced by the store name. Leave it empty and each visitor gets the subject in their own language.</source>
        <translation>נושא אימייל משלכם, לכל השפות; {store} יוחלף בשם החנות. השאירו ריק וכל מבקר יקבל את הנושא בשפה שלו.</translation>
    </message>
    <message>
        <source>SendGrid API key, with the Mail Send permission. A SENDGRID_API_KEY environment variable is used instead when set.</source>
        <translation>מפתח ה־API של SendGrid, עם הרשאת Mail Send. אם מוגדר משתנה סביבה SENDGRID_API_KEY, משתמשים בו במקום.</translation>
    </message>
    <message>
        <source>Sender name of the photo emails. Leave it empty to use the store name.</source>
        <translation>שם השולח של הודעות האימייל עם התמונה. השאירו ריק כדי להשתמש בשם החנות.</translation>
    </message>
    <message>
        <source>Address that replies to the photo emails go to. Leave it empty for none.</source>
        <translation>הכתובת שאליה מגיעות תשובות להודעות האימייל עם התמונה. השאירו ריק אם אין.</translation>
    </message>
    <message>
        <source>Bucket name. Leave it empty to host no photos (no links, no QR codes).</source>
        <translation>שם הדלי (bucket). השאירו ריק כדי לא לארח תמונות (בלי קישורים ובלי קודי QR).</translation>
    </message>
    <message>
        <source>Access key ID. An AWS_ACCESS_KEY_ID environment variable is used instead when set.</source>
        <translation>מזהה מפתח הגישה. אם מוגדר משתנה סביבה AWS_ACCESS_KEY_ID, משתמשים בו במקום.</translation>
    </message>
    <message>
        <source>Secret access key. An AWS_SECRET_ACCESS_KEY environment variable is used instead when set.</source>
        <translation>מפתח הגישה הסודי. אם מוגדר משתנה סביבה AWS_SECRET_ACCESS_KEY, משתמשים בו במקום.</translation>
    </message>
    <message>
        <source>Emails sent per second at most; 0 for no limit.</source>
        <translation>מספר הודעות האימייל המרבי שנשלחות בשנייה; 0 ללא הגבלה.</translation>
    </message>
    <message>
        <source>Text messages per second</source>
        <translation>הודעות טקסט לשנייה</translation>
    </message>
    <message>
        <source>Text messages per second at most (a Twilio long code allows about 1; 0: no limit).</source>
        <translation>מספר הודעות הטקסט המרבי בשנייה (ב־long code של Twilio אפשר בערך 1; 0: ללא הגבלה).</translation>
    </message>
    <message>
        <source>Sends at once</source>
        <translation>משלוחים במקביל</translation>
    </message>
    <message>
        <source>Deliveries in flight at once.</source>
        <translation>מספר המשלוחים שמתבצעים בו־זמנית.</translation>
    </message>
    <message>
        <source>Network timeout (seconds)</source>
        <translation>זמן קצוב לרשת (שניות)</translation>
    </message>
    <message>
        <source>Network timeout of each provider call, in seconds.</source>
        <translation>הזמן הקצוב לרשת בכל פנייה לספק, בשניות.</translation>
    </message>
    <message>
        <source>Longest retry wait (minutes)</source>
        <translation>המתנה מרבית בין ניסיונות (דקות)</translation>
    </message>
    <message>
        <source>Longest wait between two attempts of one delivery.</source>
        <translation>ההמתנה הארוכה ביותר בין שני ניסיונות של אותו משלוח.</translation>
    </message>
    <message>
        <source>Give up after (days)</source>
        <translation>ויתור אחרי (ימים)</translation>
    </message>
    <message>
        <source>A delivery still not sent after this many days becomes a dead letter for the manager.</source>
        <translation>משלוח שעדיין לא נשלח אחרי מספר הימים הזה מסומן כפג תוקף ומועבר לטיפול המנהל.</translation>
    </message>
    <message>
        <source>Status checks every (seconds)</source>
        <translation>מרווח בדיקת המצב (שניות)</translation>
    </message>
    <message>
        <source>Seconds between checks of sent text messages&apos; delivery status.</source>
        <translation>שניות בין בדיקות של מצב המסירה של הודעות טקסט שנשלחו.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>שמירת נתונים</translation>
    </message>
    <message>
        <source>Kept after sending (days)</source>
        <translation>נשמר אחרי השליחה (ימים)</translation>
    </message>
    <message>
        <source>Days a delivery-only visit&apos;s photo, name, email and phone are kept after its photo was sent.</source>
        <translation>כמה ימים נשמרים התמונה, השם, האימייל והטלפון של ביקור למשלוח בלבד אחרי שהתמונה נשלחה.</translation>
    </message>
    <message>
        <source>Kept at most (days)</source>
        <translation>נשמר לכל היותר (ימים)</translation>
    </message>
    <message>
        <source>Days at most a delivery-only visit&apos;s photo and contact details are kept, sent or not.</source>
        <translation>מספר הימים המרבי לשמירת התמונה ופרטי הקשר של ביקור למשלוח בלבד, בין שנשלחה ובין שלא.</translation>
    </message>
    <message>
        <source>Published photos kept (months)</source>
        <translation>תמונות לפרסום נשמרות (חודשים)</translation>
    </message>
    <message>
        <source>Months at most a photo the visitor allowed us to publish is kept, unless withdrawn or erased sooner.</source>
        <translation>מספר החודשים המרבי לשמירת תמונה שהמבקר התיר לפרסם, אלא אם ההסכמה בוטלה או שהתמונה נמחקה קודם.</translation>
    </message>
    <message>
        <source>Consent proof kept (months)</source>
        <translation>הוכחות הסכמה נשמרות (חודשים)</translation>
    </message>
    <message>
        <source>Months consent records are kept as proof after the data they cover is gone (they hold no personal data).</source>
        <translation>כמה חודשים רשומות ההסכמה נשמרות כהוכחה אחרי שהמידע שהן מכסות נמחק (אין בהן מידע אישי).</translation>
    </message>
    <message>
        <source>Delivery log kept (days)</source>
        <translation>יומן המשלוחים נשמר (ימים)</translation>
    </message>
    <message>
        <source>Days delivery records are kept after the visit&apos;s personal data is gone.</source>
        <translation>כמה ימים רשומות המשלוח נשמרות אחרי שהמידע האישי של הביקור נמחק.</translation>
    </message>
    <message>
        <source>Audit log kept (months)</source>
        <translation>יומן הביקורת נשמר (חודשים)</translation>
    </message>
    <message>
        <source>Months audit log entries are kept.</source>
        <translation>כמה חודשים נשמרות הרשומות ביומן הביקורת.</translation>
    </message>
    <message>
        <source>Sweep interval (minutes)</source>
        <translation>מרווח בין ניקויים (דקות)</translation>
    </message>
    <message>
        <source>Minutes between retention sweeps (one also runs at start).</source>
        <translation>דקות בין ניקויי שמירה (ניקוי רץ גם בהפעלה).</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>מטה</translation>
    </message>
    <message>
        <source>Head office DSN</source>
        <translation>מחרוזת ה־DSN של המטה</translation>
    </message>
    <message>
        <source>Head office&apos;s database address, exactly as printed when head office added this kiosk (or the PHOTOBOOTH_CENTRAL_DSN environment variable).</source>
        <translation>כתובת מסד הנתונים של המטה, בדיוק כפי שהודפסה כשהמטה הוסיף את העמדה (או משתנה הסביבה PHOTOBOOTH_CENTRAL_DSN).</translation>
    </message>
    <message>
        <source>The fleet&apos;s lookup key, as printed when head office added this kiosk.</source>
        <translation>מפתח החיפוש של הצי, כפי שהודפס כשהמטה הוסיף את העמדה.</translation>
    </message>
    <message>
        <source>Head office&apos;s public key, as printed when head office added this kiosk.</source>
        <translation>המפתח הציבורי של המטה, כפי שהודפס כשהמטה הוסיף את העמדה.</translation>
    </message>
    <message>
        <source>Head office&apos;s bucket for the photos visitors allowed us to publish. Leave it empty for none.</source>
        <translation>הדלי של המטה לתמונות שהמבקרים אישרו לנו לפרסם. השאירו ריק אם אין.</translation>
    </message>
    <message>
        <source>Bucket access key. Leave it empty to use the AWS_ACCESS_KEY_ID environment variable.</source>
        <translation>מפתח הגישה לדלי. השאירו ריק כדי להשתמש במשתנה הסביבה AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>Bucket secret key. Leave it empty to use the AWS_SECRET_ACCESS_KEY environment variable.</source>
        <translation>המפתח הסודי של הדלי. השאירו ריק כדי להשתמש במשתנה הסביבה AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Head office public URL</source>
        <translation>הכתובת הציבורית של המטה</translation>
    </message>
    <message>
        <source>Visitor link key</source>
        <translation>מפתח הקישורים למבקרים</translation>
    </message>
    <message>
        <source>Fleet key</source>
        <translation>מפתח הצי</translation>
    </message>
    <message>
        <source>Head office public key</source>
        <translation>המפתח הציבורי של המטה</translation>
    </message>
    <message>
        <source>Sync interval (seconds)</source>
        <translation>מרווח סנכרון (שניות)</translation>
    </message>
    <message>
        <source>Seconds between syncs with head office.</source>
        <translation>שניות בין סנכרונים עם המטה.</translation>
    </message>
    <message>
        <source>Photo bucket</source>
        <translation>ה־bucket המרכזי</translation>
    </message>
    <message>
        <source>S3 endpoint for MinIO, R2 or another S3 service.</source>
        <translation>נקודת קצה של S3 עבור MinIO, R2 או שירות S3 אחר.</translation>
    </message>
    <message>
        <source>Bucket region.</source>
        <translation>האזור של ה־bucket.</translation>
    </message>
</context>
<context>
    <name>SocialExportTab</name>
    <message>
        <source>Hand the social team the photos they may publish: every photo with an active publish consent, the proof of each consent (manifest.json), and the photos they must take down (takedown.json). No names, emails or phone numbers are included.</source>
        <translation>העבירו לצוות הרשתות את התמונות שמותר לו לפרסם: כל תמונה עם הסכמה פעילה לפרסום, הוכחה לכל הסכמה (manifest.json), והתמונות שעליו להסיר (takedown.json). לא נכללים שמות, כתובות אימייל או מספרי טלפון.</translation>
    </message>
    <message>
        <source>Where to write it</source>
        <translation>לאן לכתוב</translation>
    </message>
    <message>
        <source>Folder or USB drive</source>
        <translation>תיקייה או כונן USB</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>תיקיית ייצוא</translation>
    </message>
    <message>
        <source>Removable drives</source>
        <translation>כוננים נשלפים</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>חיפוש כוננים מחדש</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>כתיבת החבילה</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>כותבים את החבילה…</translation>
    </message>
    <message>
        <source>Written to {folder}</source>
        <translation>נכתב אל ⁦{folder}⁩</translation>
    </message>
    <message>
        <source>{photos} photo(s) may be published ({new} new since the last package); {takedowns} to take down.</source>
        <translation>תמונות שמותר לפרסם: {photos} ({new} חדשות מאז החבילה הקודמת); להסרה: {takedowns}.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>עדיין כאן?</translation>
    </message>
    <message>
        <source>We&apos;ll start over in {seconds} s, so that the next person sees none of your details.</source>
        <translation>נתחיל מחדש בעוד {seconds} שניות, כדי שהאדם הבא לא יראה אף פרט שלך.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>אני עדיין כאן</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>נשארו {seconds} שניות</translation>
    </message>
</context>
<context>
    <name>UnderageScreen</name>
    <message>
        <source>Thanks for stopping by!</source>
        <translation>תודה שעצרת אצלנו!</translation>
    </message>
    <message>
        <source>This photo booth is just for adults. Nothing about you has been saved. Ask a grown-up to take a photo with you!</source>
        <translation>עמדת הצילום מיועדת למבוגרים בלבד. שום דבר עליך לא נשמר. בקשו ממבוגר להצטלם איתכם!</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>אישור</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Show the short version</source>
        <translation>הצגת הגרסה הקצרה</translation>
    </message>
    <message>
        <source>Read the full notice</source>
        <translation>קריאת ההודעה המלאה</translation>
    </message>
    <message>
        <source>Questions about your data? Contact {contact}</source>
        <translation>שאלות על המידע שלך? פנו אל {contact}</translation>
    </message>
    <message>
        <source>No, I&apos;m under 18</source>
        <translation>לא, אני מתחת לגיל 18</translation>
    </message>
    <message>
        <source>Yes, I&apos;m 18 or over</source>
        <translation>כן, מלאו לי 18</translation>
    </message>
</context>
</TS>
