<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Take your photo with us</source>
        <translation>Prenez votre photo avec nous</translation>
    </message>
    <message>
        <source>It&apos;s free, and we&apos;ll send it straight to your phone.</source>
        <translation>C&apos;est gratuit, et nous l&apos;envoyons directement sur votre téléphone.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touchez pour commencer</translation>
    </message>
    <message>
        <source>For adults 18 and over. Privacy questions: {contact}</source>
        <translation>Réservé aux adultes de 18 ans et plus. Questions sur vos données : {contact}</translation>
    </message>
    <message>
        <source>Easy reach</source>
        <translation>Accès facile</translation>
    </message>
    <message>
        <source>Easy reach: bring every button into the lower part of the screen</source>
        <translation>Accès facile : tous les boutons dans le bas de l&apos;écran</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Langue : {name}</translation>
    </message>
</context>
<context>
    <name>CameraScreen</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Prendre ma photo</translation>
    </message>
    <message>
        <source>Look at the camera and press the button when you&apos;re ready.</source>
        <translation>Regardez la caméra et appuyez sur le bouton quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Let&apos;s try again. Retakes left after this one: {left}.</source>
        <translation>On recommence. Nouvelles prises restantes après celle-ci : {left}.</translation>
    </message>
    <message>
        <source>The camera is reconnecting. One moment, please.</source>
        <translation>La caméra se reconnecte. Un instant, s&apos;il vous plaît.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Where should we send your photo?</source>
        <translation>Où devons-nous envoyer votre photo ?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send it by (choose one or both)</source>
        <translation>L&apos;envoyer par (un choix ou les deux)</translation>
    </message>
    <message>
        <source>No contact details? Show me a QR code instead</source>
        <translation>Sans coordonnées ? Affichez-moi plutôt un QR code</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>Mobile number (pick the country, or start with +)</source>
        <translation>Numéro de mobile (choisissez le pays, ou commencez par +)</translation>
    </message>
    <message>
        <source>Country of the mobile number: {country}</source>
        <translation>Pays du numéro de mobile : {country}</translation>
    </message>
    <message>
        <source>Allow publishing on social media (optional)</source>
        <translation>Autoriser la publication sur les réseaux sociaux (facultatif)</translation>
    </message>
    <message>
        <source>Send my photo</source>
        <translation>Envoyer ma photo</translation>
    </message>
    <message>
        <source>To send, please enter your name.</source>
        <translation>Pour l&apos;envoi, saisissez votre nom.</translation>
    </message>
    <message>
        <source>To send, please enter your email address.</source>
        <translation>Pour l&apos;envoi, saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>To send, please enter your mobile number.</source>
        <translation>Pour l&apos;envoi, saisissez votre numéro de mobile.</translation>
    </message>
    <message>
        <source>To send, please enter your name and your email address.</source>
        <translation>Pour l&apos;envoi, saisissez votre nom et votre adresse e-mail.</translation>
    </message>
    <message>
        <source>To send, please enter your name and your mobile number.</source>
        <translation>Pour l&apos;envoi, saisissez votre nom et votre numéro de mobile.</translation>
    </message>
    <message>
        <source>To send, please enter your email address and your mobile number.</source>
        <translation>Pour l&apos;envoi, saisissez votre adresse e-mail et votre numéro de mobile.</translation>
    </message>
    <message>
        <source>To send, please enter your name, your email address and your mobile number.</source>
        <translation>Pour l&apos;envoi, saisissez votre nom, votre adresse e-mail et votre numéro de mobile.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your photo is on its way by email.</source>
        <translation>Votre photo est en route par e-mail.</translation>
    </message>
    <message>
        <source>Your photo is on its way by text message.</source>
        <translation>Votre photo est en route par SMS.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it by email: the address may be wrong. A member of staff can help.</source>
        <translation>Nous n&apos;avons pas pu l&apos;envoyer par e-mail : l&apos;adresse est peut-être erronée. Un membre du personnel peut vous aider.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it by text message: the number may be wrong. A member of staff can help.</source>
        <translation>Nous n&apos;avons pas pu l&apos;envoyer par SMS : le numéro est peut-être erroné. Un membre du personnel peut vous aider.</translation>
    </message>
    <message>
        <source>We&apos;ve saved your photo and will send it by email as soon as our connection is back. You don&apos;t need to wait.</source>
        <translation>Nous avons enregistré votre photo et l&apos;enverrons par e-mail dès que notre connexion sera rétablie. Inutile d&apos;attendre.</translation>
    </message>
    <message>
        <source>We&apos;ve saved your photo and will send it by text message as soon as our connection is back. You don&apos;t need to wait.</source>
        <translation>Nous avons enregistré votre photo et l&apos;enverrons par SMS dès que notre connexion sera rétablie. Inutile d&apos;attendre.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to save your photo. The link works for {days} days. We have kept no name, email or number.</source>
        <translation>Scannez ce code avec l&apos;appareil photo de votre téléphone pour enregistrer votre photo. Le lien fonctionne pendant {days} jours. Nous n&apos;avons gardé ni nom, ni e-mail, ni numéro.</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Merci, {name} !</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>To get a copy of your data, correct or delete it, or to withdraw a permission, contact {contact}.</source>
        <translation>Pour obtenir une copie de vos données, les corriger ou les supprimer, ou pour retirer une autorisation, contactez {contact}.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please tell us your name.</source>
        <translation>Indiquez-nous votre nom.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Un nom doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>Please enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>An email address needs an @, like name@example.com.</source>
        <translation>Une adresse e-mail contient un @, comme nom@example.com.</translation>
    </message>
    <message>
        <source>Please enter your mobile number.</source>
        <translation>Saisissez votre numéro de mobile.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a phone number. Use digits, and + for the country code.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone. Utilisez des chiffres, et + pour l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>That phone number has too few or too many digits.</source>
        <translation>Ce numéro a trop peu ou trop de chiffres.</translation>
    </message>
    <message>
        <source>That phone number isn&apos;t valid. Check the country code and the digits.</source>
        <translation>Ce numéro n&apos;est pas valide. Vérifiez l&apos;indicatif du pays et les chiffres.</translation>
    </message>
    <message>
        <source>Please use a mobile number: landlines can&apos;t receive photos.</source>
        <translation>Utilisez un numéro de mobile : les lignes fixes ne peuvent pas recevoir de photos.</translation>
    </message>
    <message>
        <source>Choose how we should send your photo: email, text message, or both.</source>
        <translation>Choisissez comment envoyer votre photo : e-mail, SMS, ou les deux.</translation>
    </message>
    <message>
        <source>Sorry, that photo didn&apos;t work. Let&apos;s try again.</source>
        <translation>Désolés, cette photo n&apos;a pas fonctionné. Essayons encore.</translation>
    </message>
    <message>
        <source>Something went wrong while saving. Please try again or ask a member of staff.</source>
        <translation>Un problème est survenu pendant l&apos;enregistrement. Réessayez ou demandez à un membre du personnel.</translation>
    </message>
    <message>
        <source>That name is too long (at most {0} characters).</source>
        <translation>Ce nom est trop long ({0} caractères au plus).</translation>
    </message>
    <message>
        <source>That email address is too long (at most {0} characters).</source>
        <translation>Cette adresse e-mail est trop longue ({0} caractères au plus).</translation>
    </message>
    <message>
        <source>That phone number is too long (at most {0} characters).</source>
        <translation>Ce numéro est trop long ({0} caractères au plus).</translation>
    </message>
    <message>
        <source>That name contains characters we can&apos;t use. Please retype it.</source>
        <translation>Ce nom contient des caractères que nous ne pouvons pas utiliser. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>That email address contains characters we can&apos;t use. Please retype it.</source>
        <translation>Cette adresse e-mail contient des caractères que nous ne pouvons pas utiliser. Saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>That phone number contains characters we can&apos;t use. Please retype it.</source>
        <translation>Ce numéro contient des caractères que nous ne pouvons pas utiliser. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>That email address doesn&apos;t look right. Please check it, like name@example.com.</source>
        <translation>Cette adresse e-mail semble incorrecte. Vérifiez-la, sur le modèle nom@example.com.</translation>
    </message>
    <message>
        <source>We couldn&apos;t save your photo. Please ask a member of staff.</source>
        <translation>Nous n&apos;avons pas pu enregistrer votre photo. Demandez à un membre du personnel.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Lettres accentuées</translation>
    </message>
    <message>
        <source>Plain letters</source>
        <translation>Lettres simples</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Camera unavailable — we&apos;re reconnecting…</source>
        <translation>Caméra indisponible — reconnexion en cours…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Please wait a moment.</source>
        <translation>Cela prend généralement quelques secondes. Merci de patienter.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like it?</source>
        <translation>Elle vous plaît ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Garder cette photo</translation>
    </message>
    <message>
        <source>Retake ({left} left)</source>
        <translation>Reprendre (encore {left})</translation>
    </message>
    <message>
        <source>No retakes left</source>
        <translation>Plus de nouvelle prise</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending your photo…</source>
        <translation>Envoi de votre photo…</translation>
    </message>
    <message>
        <source>This only takes a moment.</source>
        <translation>Cela ne prend qu&apos;un instant.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Toujours là ?</translation>
    </message>
    <message>
        <source>We&apos;ll start over in {seconds} s, so that the next person sees none of your details.</source>
        <translation>Nous recommençons dans {seconds} s, pour que la personne suivante ne voie aucune de vos informations.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>Encore {seconds} secondes</translation>
    </message>
</context>
<context>
    <name>UnderageScreen</name>
    <message>
        <source>Thanks for stopping by!</source>
        <translation>Merci de votre visite !</translation>
    </message>
    <message>
        <source>This photo booth is just for adults. Nothing about you has been saved. Ask a grown-up to take a photo with you!</source>
        <translation>Ce photomaton est réservé aux adultes. Rien vous concernant n&apos;a été enregistré. Demandez à un adulte de prendre une photo avec vous !</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show the short version</source>
        <translation>Afficher la version courte</translation>
    </message>
    <message>
        <source>Read the full notice</source>
        <translation>Lire l&apos;avis complet</translation>
    </message>
    <message>
        <source>Questions about your data? Contact {contact}</source>
        <translation>Des questions sur vos données ? Contactez {contact}</translation>
    </message>
    <message>
        <source>No, I&apos;m under 18</source>
        <translation>Non, j&apos;ai moins de 18 ans</translation>
    </message>
    <message>
        <source>Yes, I&apos;m 18 or over</source>
        <translation>Oui, j&apos;ai 18 ans ou plus</translation>
    </message>
</context>
</TS>
