<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AttractScreen</name>
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
        <source>Let&apos;s try again. Retakes left after this one: {left}.</source>
        <translation>ננסה שוב. צילומים חוזרים שנשארו אחרי זה: {left}.</translation>
    </message>
    <message>
        <source>The camera is reconnecting. One moment, please.</source>
        <translation>המצלמה מתחברת מחדש. רגע אחד, בבקשה.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Where should we send your photo?</source>
        <translation>לאן לשלוח את התמונה?</translation>
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
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please tell us your name.</source>
        <translation>נשמח לדעת את שמך.</translation>
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
        <source>Plain letters</source>
        <translation>אותיות רגילות</translation>
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
